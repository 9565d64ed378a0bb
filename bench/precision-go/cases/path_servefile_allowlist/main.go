package main

import "net/http"

var assets = map[string]string{"logo": "./public/logo.png", "terms": "./public/terms.pdf"}

func static(w http.ResponseWriter, r *http.Request) {
	p, ok := assets[r.URL.Query().Get("f")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	http.ServeFile(w, r, p)
}
