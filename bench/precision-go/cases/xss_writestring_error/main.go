package main

import (
	"io"
	"net/http"
)

func notFound(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
	io.WriteString(w, "<html><body>"+r.URL.Path+" was not found</body></html>")
}
