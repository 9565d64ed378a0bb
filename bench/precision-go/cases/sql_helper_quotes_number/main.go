package main

import (
	"database/sql"
	"net/http"
	"strconv"
)

var db *sql.DB

func pageOffset(raw string) int {
	n, err := strconv.Atoi(raw)
	if err != nil || n < 0 {
		return 0
	}
	return n * 20
}

func orders(w http.ResponseWriter, r *http.Request) {
	off := pageOffset(r.FormValue("page"))
	rows, _ := db.Query("SELECT * FROM orders LIMIT 20 OFFSET " + strconv.Itoa(off))
	defer rows.Close()
}
