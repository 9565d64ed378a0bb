package main

import (
	"fmt"

	"github.com/labstack/echo/v4"
)

func tenant(c echo.Context) error {
	sub := c.QueryParam("tenant")
	return c.Redirect(302, fmt.Sprintf("https://%s.example.com/login", sub))
}
