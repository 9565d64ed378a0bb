package main

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"
)

func storePassword(user, password string) string {
	sum := md5.Sum([]byte(user + ":" + password))
	return hex.EncodeToString(sum[:])
}

func signup(w http.ResponseWriter, r *http.Request) {
	storePassword(r.PostFormValue("user"), r.PostFormValue("password"))
}
