package main

import "net/http"

func static(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, "./public/"+r.URL.Query().Get("f"))
}
