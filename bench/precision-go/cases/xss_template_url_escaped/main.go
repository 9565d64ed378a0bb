package main

import (
	"html/template"
	"net/url"

	"github.com/labstack/echo/v4"
)

func link(c echo.Context) error {
	return c.Render(200, "link.html", map[string]interface{}{
		"Href": template.URL("/search?q=" + url.QueryEscape(c.QueryParam("q"))),
	})
}
