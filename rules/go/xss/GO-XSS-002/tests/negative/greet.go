package app

import (
	"fmt"
	"html"
	"net/http"
	"strconv"
)

func greet(w http.ResponseWriter, r *http.Request) {
	name := html.EscapeString(r.URL.Query().Get("name"))
	w.Header().Set("Content-Type", "text/html")
	// ok: GO-XSS-002
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func count(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.FormValue("n"))
	if err != nil {
		n = 1
	}
	// ok: GO-XSS-002
	fmt.Fprintf(w, "<p>%d items</p>", n)
}
