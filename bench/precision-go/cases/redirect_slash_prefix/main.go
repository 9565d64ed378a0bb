package main

import "net/http"

func short(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/"+r.URL.Query().Get("to"), http.StatusFound)
}
