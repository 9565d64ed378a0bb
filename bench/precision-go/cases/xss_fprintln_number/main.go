package main

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
)

func section(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(mux.Vars(r)["page"])
	if err != nil {
		n = 1
	}
	fmt.Fprintln(w, "<h2>Page", n, "</h2>")
}
