package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB

func products(w http.ResponseWriter, r *http.Request) {
	category := r.URL.Query().Get("category")
	rows, err := db.Query("SELECT id, name FROM products WHERE category = $1", category)
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	defer rows.Close()
}
