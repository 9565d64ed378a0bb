package main

import (
	"net/http"
	"net/url"
)

func short(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/search?q="+url.QueryEscape(r.URL.Query().Get("q")), http.StatusFound)
}
