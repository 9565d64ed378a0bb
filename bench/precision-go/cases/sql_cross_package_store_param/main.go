package main

import (
	"net/http"

	"example.com/precision/sql_cross_package_store_param/store"
)

func search(w http.ResponseWriter, r *http.Request) {
	store.FindByName(r.URL.Query().Get("name"))
}
