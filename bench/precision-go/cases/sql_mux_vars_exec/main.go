package main

import (
	"database/sql"
	"net/http"

	"github.com/gorilla/mux"
)

var db *sql.DB

func archive(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	stmt := "UPDATE projects SET archived = true WHERE key = '" + vars["key"] + "'"
	db.ExecContext(r.Context(), stmt)
}
