package main

import (
	"database/sql"
	"net/http"

	"github.com/gorilla/mux"
)

var db *sql.DB

func archive(w http.ResponseWriter, r *http.Request) {
	table := mux.Vars(r)["kind"]
	switch table {
	case "projects", "teams":
		db.ExecContext(r.Context(), "UPDATE "+table+" SET archived = true")
	default:
		http.NotFound(w, r)
	}
}
