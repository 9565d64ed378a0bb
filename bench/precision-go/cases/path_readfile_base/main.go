package main

import (
	"net/http"
	"os"
	"path/filepath"
)

const docs = "/srv/docs"

func doc(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name"))
	data, err := os.ReadFile(filepath.Join(docs, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}
