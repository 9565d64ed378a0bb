package main

import (
	"io"
	"net/http"
	"net/url"
)

func fetch(w http.ResponseWriter, r *http.Request) {
	q := url.QueryEscape(r.URL.Query().Get("q"))
	resp, err := http.Get("https://search.internal.example/api?q=" + q)
	if err != nil {
		http.Error(w, "upstream", 502)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
