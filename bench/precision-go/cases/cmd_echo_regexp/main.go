package main

import (
	"context"
	"os/exec"
	"regexp"

	"github.com/labstack/echo/v4"
)

var refPattern = regexp.MustCompile(`^[0-9a-f]{7,40}$`)

func history(c echo.Context) error {
	ref := c.Param("ref")
	if !refPattern.MatchString(ref) {
		return c.NoContent(400)
	}
	out, err := exec.CommandContext(context.Background(), "git", "log", "--oneline", ref).Output()
	if err != nil {
		return err
	}
	return c.Blob(200, "text/plain", out)
}
