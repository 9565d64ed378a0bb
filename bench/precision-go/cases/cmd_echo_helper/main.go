package main

import (
	"context"
	"os/exec"

	"github.com/labstack/echo/v4"
)

func gitLog(ctx context.Context, ref string) ([]byte, error) {
	return exec.CommandContext(ctx, "git", "log", "--oneline", ref).Output()
}

func history(c echo.Context) error {
	out, err := gitLog(c.Request().Context(), c.Param("ref"))
	if err != nil {
		return err
	}
	return c.Blob(200, "text/plain", out)
}
