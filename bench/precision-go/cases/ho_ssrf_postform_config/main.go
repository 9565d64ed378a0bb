package main

import (
	"net/http"
	"net/url"
	"os"
)

func sync(w http.ResponseWriter, r *http.Request) {
	backend := os.Getenv("BACKEND_URL")
	http.PostForm(backend+"/sync", url.Values{"user": {r.FormValue("user")}})
}
