package main

import (
	"database/sql"
	"strings"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func bulk(c *gin.Context) {
	ids := c.QueryArray("id")
	q := "DELETE FROM carts WHERE id IN (" + strings.Join(ids, ",") + ")"
	db.Exec(q)
	c.Status(204)
}
