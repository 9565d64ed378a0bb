package app

import (
	"fmt"
	"net/http"
)

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html")
	// ruleid: GO-XSS-002
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func echoBack(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	for key, values := range r.Form {
		// ruleid: GO-XSS-002
		fmt.Fprintln(w, "<li>", key, values, "</li>")
	}
}
