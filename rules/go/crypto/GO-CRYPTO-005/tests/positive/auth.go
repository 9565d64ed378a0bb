package app

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"
)

type Credentials struct {
	Email    string
	Password string
}

func hashPassword(password string) string {
	// ruleid: GO-CRYPTO-005
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func register(w http.ResponseWriter, r *http.Request) {
	pw := r.PostFormValue("password")
	// ruleid: GO-CRYPTO-005
	digest := md5.Sum([]byte("s4lt" + pw))
	_ = digest
}

func check(c Credentials, stored string) bool {
	// ruleid: GO-CRYPTO-005
	sum := md5.Sum([]byte(c.Password))
	return hex.EncodeToString(sum[:]) == stored
}
