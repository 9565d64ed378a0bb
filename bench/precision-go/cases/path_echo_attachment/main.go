package main

import (
	"fmt"

	"github.com/labstack/echo/v4"
)

func export(c echo.Context) error {
	file := fmt.Sprintf("/data/exports/%s.csv", c.Param("name"))
	return c.Attachment(file, "export.csv")
}
