package auth

import (
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
	jwx "github.com/lestrrat-go/jwx/v2/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa"
)

var secret = []byte("from-the-environment-in-real-code")

func keyFunc(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
	}
	return secret, nil
}

func Verified(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// ok: GO-JWT-002
	tok, err := jwt.ParseWithClaims(raw, claims, keyFunc)
	if err != nil || !tok.Valid {
		return nil, errors.New("invalid token")
	}
	return claims, nil
}

func VerifiedWithParser(raw string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))
	// ok: GO-JWT-002
	return p.Parse(raw, keyFunc)
}

func JWXVerified(raw []byte) (jwx.Token, error) {
	// ok: GO-JWT-002
	return jwx.Parse(raw, jwx.WithKey(jwa.HS256, secret))
}
