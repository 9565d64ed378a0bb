package main

import (
	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type Filter struct {
	Owner  string `json:"owner"`
	Status string `json:"status"`
}

var db *sqlx.DB

func search(c *gin.Context) {
	var f Filter
	if err := c.ShouldBindJSON(&f); err != nil {
		c.AbortWithStatus(400)
		return
	}
	var ids []int
	db.Select(&ids, "SELECT id FROM tickets WHERE owner = '"+f.Owner+"'")
	c.JSON(200, ids)
}
