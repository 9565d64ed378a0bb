package app

import (
	"net/http"
	"strconv"

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
		// ok: GO-GORM-SQLI-001
		db.Raw("SELECT * FROM users WHERE name = ?", name).Scan(&users)
		c.JSON(http.StatusOK, users)
	}
}

func deleteUser(db *gorm.DB, w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.FormValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	// ok: GO-GORM-SQLI-001
	db.Exec("DELETE FROM users WHERE id = " + strconv.Itoa(id))
}

func purge(db *gorm.DB) {
	// ok: GO-GORM-SQLI-001
	db.Exec("DELETE FROM sessions WHERE expires_at < now()")
}
