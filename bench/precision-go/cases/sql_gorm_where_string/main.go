package main

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Invoice struct {
	ID       uint
	Customer string
}

var db *gorm.DB

func invoices(c *gin.Context) {
	var out []Invoice
	customer := c.Query("customer")
	db.Model(&Invoice{}).Where("customer = '" + customer + "'").Find(&out)
	c.JSON(200, out)
}
