package main

import (
	"database/sql"
	"fmt"
	"strconv"

	"github.com/gin-gonic/gin"
)

func register(r *gin.Engine, db *sql.DB) {
	r.GET("/users/:id", func(c *gin.Context) {
		id, err := strconv.Atoi(c.Param("id"))
		if err != nil {
			c.AbortWithStatus(400)
			return
		}
		q := fmt.Sprintf("SELECT email FROM users WHERE id = %d", id)
		var email string
		db.QueryRow(q).Scan(&email)
		c.JSON(200, gin.H{"email": email})
	})
}
