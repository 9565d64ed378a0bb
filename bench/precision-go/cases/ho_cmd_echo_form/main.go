package main

import (
	"os/exec"

	"github.com/labstack/echo/v4"
)

func archive(c echo.Context) error {
	dir := c.FormValue("dir")
	cmd := exec.Command("sh", "-c", "tar czf /tmp/out.tgz "+dir)
	return cmd.Run()
}
