package main

import (
	"net/http"
	"net/url"
)

func sync(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("backend")
	if err != nil {
		return
	}
	http.PostForm(c.Value+"/sync", url.Values{"full": {"1"}})
}
