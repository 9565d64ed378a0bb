package main

import (
	"html/template"

	"github.com/labstack/echo/v4"
)

func link(c echo.Context) error {
	return c.Render(200, "link.html", map[string]interface{}{
		"Href": template.URL(c.QueryParam("href")),
	})
}
