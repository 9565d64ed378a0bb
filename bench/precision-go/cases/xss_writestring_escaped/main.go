package main

import (
	"html/template"
	"io"
	"net/http"
)

func notFound(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
	io.WriteString(w, "<html><body>"+template.HTMLEscapeString(r.URL.Path)+" was not found</body></html>")
}
