package app

import (
	"net/http"

	"github.com/gorilla/mux"
	"github.com/jmoiron/sqlx"
)

type Item struct {
	ID   int    `db:"id"`
	Name string `db:"name"`
}

type Store struct {
	db *sqlx.DB
}

func item(db *sqlx.DB, w http.ResponseWriter, r *http.Request) {
	var it Item
	slug := mux.Vars(r)["slug"]
	// ruleid: GO-SQLI-003
	db.Get(&it, "SELECT * FROM items WHERE slug = '"+slug+"'")
}

func items(db *sqlx.DB, w http.ResponseWriter, r *http.Request) {
	var out []Item
	cat := r.FormValue("category")
	// ruleid: GO-SQLI-003
	db.Select(&out, "SELECT * FROM items WHERE category = '"+cat+"' ORDER BY name")
	// ruleid: GO-SQLI-003
	db.MustExec("UPDATE items SET views = views + 1 WHERE category = '" + cat + "'")
}
