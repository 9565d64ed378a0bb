package main

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/go-chi/chi/v5"
)

func cachePath(key string) string {
	return filepath.Join("/var/cache/app", filepath.Base(key))
}

func evict(w http.ResponseWriter, r *http.Request) {
	os.Remove(cachePath(chi.URLParam(r, "key")))
	w.WriteHeader(204)
}
