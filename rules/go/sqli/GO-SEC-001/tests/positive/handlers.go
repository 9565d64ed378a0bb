package shop

import (
	"database/sql"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	query := "SELECT id, name FROM products WHERE name LIKE '%" + q + "%'"
	// ruleid: GO-SEC-001
	rows, err := db.Query(query)
	if err != nil {
		http.Error(w, "error", 500)
		return
	}
	defer rows.Close()
}

func byOwner(c *gin.Context) {
	owner := c.Param("owner")
	sort := c.DefaultQuery("sort", "name")
	stmt := fmt.Sprintf("SELECT * FROM repos WHERE owner = '%s' ORDER BY %s", owner, sort)
	// ruleid: GO-SEC-001
	db.Exec(stmt)
}

func deleteTag(w http.ResponseWriter, r *http.Request) {
	tags := strings.Split(r.FormValue("tags"), ",")
	for _, t := range tags {
		// ruleid: GO-SEC-001
		db.ExecContext(r.Context(), "DELETE FROM tags WHERE name = '"+strings.TrimSpace(t)+"'")
	}
}
