package main

import (
	"io"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
)

func logs(w http.ResponseWriter, r *http.Request) {
	f, err := os.OpenFile("/var/log/app/"+chi.URLParam(r, "file"), os.O_RDONLY, 0)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
