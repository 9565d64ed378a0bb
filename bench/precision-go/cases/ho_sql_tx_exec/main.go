package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB

func rename(w http.ResponseWriter, r *http.Request) {
	tx, err := db.Begin()
	if err != nil {
		return
	}
	defer tx.Rollback()
	newName := r.PostFormValue("name")
	tx.Exec("UPDATE teams SET name = '" + newName + "' WHERE id = 1")
	tx.Commit()
}
