package main

import (
	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type Filter struct {
	Owner  string `json:"owner" db:"owner"`
	Status string `json:"status" db:"status"`
}

var db *sqlx.DB

func search(c *gin.Context) {
	var f Filter
	if err := c.ShouldBindJSON(&f); err != nil {
		c.AbortWithStatus(400)
		return
	}
	rows, err := db.NamedQuery("SELECT id FROM tickets WHERE owner = :owner AND status = :status", f)
	if err == nil {
		rows.Close()
	}
	c.Status(200)
}
