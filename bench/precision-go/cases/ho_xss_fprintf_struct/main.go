package main

import (
	"fmt"
	"net/http"
)

type comment struct {
	Author string
	Body   string
}

func post(w http.ResponseWriter, r *http.Request) {
	c := comment{Author: r.FormValue("author"), Body: r.FormValue("body")}
	fmt.Fprintf(w, "<div class=comment><b>%s</b>: %s</div>", c.Author, c.Body)
}
