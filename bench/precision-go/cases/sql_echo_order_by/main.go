package main

import (
	"database/sql"

	"github.com/labstack/echo/v4"
)

type API struct{ DB *sql.DB }

func (a *API) list(c echo.Context) error {
	sort := c.QueryParam("sort")
	rows, err := a.DB.Query("SELECT id, title FROM posts ORDER BY " + sort)
	if err != nil {
		return err
	}
	defer rows.Close()
	return c.NoContent(200)
}
