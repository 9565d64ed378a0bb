package main

import (
	"database/sql"
	"fmt"

	"github.com/gin-gonic/gin"
)

func register(r *gin.Engine, db *sql.DB) {
	r.GET("/users/:name", func(c *gin.Context) {
		name := c.Param("name")
		q := fmt.Sprintf("SELECT email FROM users WHERE login = '%s'", name)
		var email string
		db.QueryRow(q).Scan(&email)
		c.JSON(200, gin.H{"email": email})
	})
}
