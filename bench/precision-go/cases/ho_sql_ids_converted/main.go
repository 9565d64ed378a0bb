package main

import (
	"database/sql"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func bulk(c *gin.Context) {
	var parts []string
	for _, raw := range c.QueryArray("id") {
		n, err := strconv.Atoi(raw)
		if err != nil {
			c.AbortWithStatus(400)
			return
		}
		parts = append(parts, strconv.Itoa(n))
	}
	q := "DELETE FROM carts WHERE id IN (" + strings.Join(parts, ",") + ")"
	db.Exec(q)
	c.Status(204)
}
