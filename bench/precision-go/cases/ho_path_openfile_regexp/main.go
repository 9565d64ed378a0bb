package main

import (
	"io"
	"net/http"
	"os"
	"regexp"

	"github.com/go-chi/chi/v5"
)

var logName = regexp.MustCompile(`^app-[0-9]{8}\.log$`)

func logs(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "file")
	if !logName.MatchString(name) {
		http.NotFound(w, r)
		return
	}
	f, err := os.OpenFile("/var/log/app/"+name, os.O_RDONLY, 0)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
