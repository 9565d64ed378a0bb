package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB

func filterBy(field, value string) string {
	return "SELECT * FROM orders WHERE " + field + " = '" + value + "'"
}

func orders(w http.ResponseWriter, r *http.Request) {
	q := filterBy("status", r.FormValue("status"))
	rows, _ := db.Query(q)
	defer rows.Close()
}
