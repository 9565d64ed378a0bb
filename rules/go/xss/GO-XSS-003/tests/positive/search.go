package app

import (
	"io"
	"net/http"
)

func search(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	// ruleid: GO-XSS-003
	io.WriteString(w, "<p>No results for "+q+"</p>")
}

func ua(w http.ResponseWriter, r *http.Request) {
	// ruleid: GO-XSS-003
	io.WriteString(w, "<pre>"+r.UserAgent()+"</pre>")
}
