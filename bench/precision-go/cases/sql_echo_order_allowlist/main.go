package main

import (
	"database/sql"

	"github.com/labstack/echo/v4"
)

type API struct{ DB *sql.DB }

var sortColumns = map[string]string{"title": "title", "date": "created_at"}

func (a *API) list(c echo.Context) error {
	col, ok := sortColumns[c.QueryParam("sort")]
	if !ok {
		col = "created_at"
	}
	rows, err := a.DB.Query("SELECT id, title FROM posts ORDER BY " + col)
	if err != nil {
		return err
	}
	defer rows.Close()
	return c.NoContent(200)
}
