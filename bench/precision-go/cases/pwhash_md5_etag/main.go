package main

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"
	"os"
)

func asset(w http.ResponseWriter, r *http.Request) {
	data, _ := os.ReadFile("/srv/app.js")
	sum := md5.Sum(data)
	w.Header().Set("ETag", hex.EncodeToString(sum[:]))
	w.Write(data)
}
