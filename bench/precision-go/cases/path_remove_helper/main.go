package main

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
)

func cachePath(key string) string {
	return "/var/cache/app/" + key
}

func evict(w http.ResponseWriter, r *http.Request) {
	os.Remove(cachePath(chi.URLParam(r, "key")))
	w.WriteHeader(204)
}
