package main

import (
	"fmt"

	"github.com/labstack/echo/v4"
)

var tenants = map[string]bool{"acme": true, "globex": true}

func tenant(c echo.Context) error {
	sub := c.QueryParam("tenant")
	if !tenants[sub] {
		return c.NoContent(404)
	}
	return c.Redirect(302, fmt.Sprintf("https://%s.example.com/login", sub))
}
