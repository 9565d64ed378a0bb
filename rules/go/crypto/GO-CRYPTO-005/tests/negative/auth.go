package app

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

func hashPassword(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func etag(body []byte) string {
	// ok: GO-CRYPTO-005
	sum := md5.Sum(body)
	return hex.EncodeToString(sum[:])
}

func avatar(w http.ResponseWriter, r *http.Request) {
	email := r.PostFormValue("email")
	// ok: GO-CRYPTO-005
	sum := md5.Sum([]byte(email))
	_ = sum
}

func cacheKey(user string, page int) [16]byte {
	// ok: GO-CRYPTO-005
	return md5.Sum([]byte(user))
}
