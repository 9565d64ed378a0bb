package main

import (
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"example.com/precision/ho_sql_gorm_order_helper/repo"
)

var db *gorm.DB

func list(c echo.Context) error {
	return c.JSON(200, repo.Sorted(db, c.QueryParam("order")))
}
