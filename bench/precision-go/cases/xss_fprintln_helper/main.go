package main

import (
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

func heading(title string) string {
	return "<h2>" + title + "</h2>"
}

func section(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, heading(mux.Vars(r)["section"]))
}
