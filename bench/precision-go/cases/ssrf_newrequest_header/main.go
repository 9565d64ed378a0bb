package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func relay(c echo.Context) error {
	target := c.Request().Header.Get("X-Callback")
	req, err := http.NewRequest("POST", target, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
