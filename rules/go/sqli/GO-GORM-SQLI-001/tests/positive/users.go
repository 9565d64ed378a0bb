package app

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID   uint
	Name string
}

func findUsers(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var users []User
		name := c.Query("name")
		// ruleid: GO-GORM-SQLI-001
		db.Raw("SELECT * FROM users WHERE name = '" + name + "'").Scan(&users)
		c.JSON(http.StatusOK, users)
	}
}

func renameUser(db *gorm.DB, w http.ResponseWriter, r *http.Request) {
	q := fmt.Sprintf("UPDATE users SET name = '%s' WHERE id = %s", r.FormValue("name"), r.FormValue("id"))
	// ruleid: GO-GORM-SQLI-001
	db.Exec(q)
}
