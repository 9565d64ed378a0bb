package main

import (
	"github.com/gofiber/fiber/v2"
	"gorm.io/gorm"
)

type Product struct {
	ID   uint
	Name string
}

func handler(db *gorm.DB) fiber.Handler {
	return func(c *fiber.Ctx) error {
		var out []Product
		db.Raw("SELECT * FROM products WHERE brand = '" + c.Query("brand") + "'").Scan(&out)
		return c.JSON(out)
	}
}
