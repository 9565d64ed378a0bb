package app

import (
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Order struct {
	ID     uint
	Status string
}

type Handler struct {
	DB *gorm.DB
}

func listOrders(db *gorm.DB, c echo.Context) error {
	var orders []Order
	sort := c.QueryParam("sort")
	status := c.QueryParam("status")
	// ruleid: GO-GORM-SQLI-002
	db.Where("status = '" + status + "'").
		// ruleid: GO-GORM-SQLI-002
		Order(sort).
		Find(&orders)
	return c.JSON(200, orders)
}

func columns(db *gorm.DB, c echo.Context) error {
	var out []map[string]interface{}
	// ruleid: GO-GORM-SQLI-002
	db.Table("orders").Select(c.QueryParam("fields")).Find(&out)
	return c.JSON(200, out)
}
