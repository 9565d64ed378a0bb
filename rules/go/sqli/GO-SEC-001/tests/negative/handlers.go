package shop

import (
	"database/sql"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

var sortColumns = map[string]bool{"name": true, "created_at": true}

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	// ok: GO-SEC-001
	rows, err := db.Query("SELECT id, name FROM products WHERE name LIKE $1", "%"+q+"%")
	if err != nil {
		return
	}
	defer rows.Close()
}

func byID(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.AbortWithStatus(400)
		return
	}
	// ok: GO-SEC-001
	db.QueryRow("SELECT * FROM repos WHERE id = " + strconv.Itoa(id))
}

func sorted(c *gin.Context) {
	col := c.DefaultQuery("sort", "name")
	if !sortColumns[col] {
		c.AbortWithStatus(400)
		return
	}
	// ok: GO-SEC-001
	db.Query("SELECT * FROM repos ORDER BY " + col)
}

func validated(w http.ResponseWriter, r *http.Request) {
	page := r.FormValue("page")
	if _, err := strconv.Atoi(page); err != nil {
		http.Error(w, "bad page", 400)
		return
	}
	// ok: GO-SEC-001
	db.Exec("UPDATE visits SET page = " + page)
}
