package main

import (
	"fmt"
	"strconv"

	"github.com/labstack/echo/v4"
)

func export(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return c.NoContent(400)
	}
	file := fmt.Sprintf("/data/exports/%d.csv", id)
	return c.Attachment(file, "export.csv")
}
