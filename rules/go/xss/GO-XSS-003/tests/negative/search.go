package app

import (
	"html/template"
	"io"
	"net/http"
)

func search(w http.ResponseWriter, r *http.Request) {
	q := template.HTMLEscapeString(r.FormValue("q"))
	// ok: GO-XSS-003
	io.WriteString(w, "<p>No results for "+q+"</p>")
}

func ua(w http.ResponseWriter, r *http.Request) {
	// ok: GO-XSS-003
	io.WriteString(w, "<pre>request received</pre>")
}
