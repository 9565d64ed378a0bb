package app

import (
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Order struct {
	ID     uint
	Status string
}

var sortable = map[string]string{"newest": "created_at DESC", "oldest": "created_at ASC"}

func listOrders(db *gorm.DB, c echo.Context) error {
	var orders []Order
	status := c.QueryParam("status")
	order, ok := sortable[c.QueryParam("sort")]
	if !ok {
		order = "created_at DESC"
	}
	// ok: GO-GORM-SQLI-002
	db.Where("status = ?", status).
		// ok: GO-GORM-SQLI-002
		Order(order).
		Find(&orders)
	return c.JSON(200, orders)
}

func byStatus(db *gorm.DB, c echo.Context) error {
	var orders []Order
	status := c.QueryParam("status")
	if status != "open" && status != "closed" {
		return c.NoContent(400)
	}
	// ok: GO-GORM-SQLI-002
	db.Where("status = '" + status + "'").Find(&orders)
	return c.JSON(200, orders)
}
