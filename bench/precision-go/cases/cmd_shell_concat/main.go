package main

import (
	"net/http"
	"os/exec"
)

func lookup(w http.ResponseWriter, r *http.Request) {
	domain := r.FormValue("domain")
	out, _ := exec.Command("/bin/sh", "-c", "dig +short "+domain).Output()
	w.Write(out)
}
