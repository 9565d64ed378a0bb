package app

import (
	"net/http"
	"regexp"

	"github.com/gorilla/mux"
	"github.com/jmoiron/sqlx"
)

type Item struct {
	ID   int    `db:"id"`
	Name string `db:"name"`
}

var slugPattern = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)

func item(db *sqlx.DB, w http.ResponseWriter, r *http.Request) {
	var it Item
	slug := mux.Vars(r)["slug"]
	// ok: GO-SQLI-003
	db.Get(&it, "SELECT * FROM items WHERE slug = $1", slug)
}

func items(db *sqlx.DB, w http.ResponseWriter, r *http.Request) {
	var out []Item
	cat := r.FormValue("category")
	// ok: GO-SQLI-003
	db.Select(&out, "SELECT * FROM items WHERE category = $1 ORDER BY name", cat)
	// ok: GO-SQLI-003
	db.MustExec("UPDATE items SET views = views + 1 WHERE category = $1", cat)
}

func bySlug(db *sqlx.DB, w http.ResponseWriter, r *http.Request) {
	var it Item
	slug := mux.Vars(r)["slug"]
	if !slugPattern.MatchString(slug) {
		http.NotFound(w, r)
		return
	}
	// ok: GO-SQLI-003
	db.Get(&it, "SELECT * FROM items WHERE slug = '"+slug+"'")
}
