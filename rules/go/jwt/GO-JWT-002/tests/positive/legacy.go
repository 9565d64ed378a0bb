package auth

import (
	jwtgo "github.com/dgrijalva/jwt-go"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func LegacyClaims(raw string) jwtgo.MapClaims {
	claims := jwtgo.MapClaims{}
	p := &jwtgo.Parser{}
	// ruleid: GO-JWT-002
	p.ParseUnverified(raw, claims)
	return claims
}

func JWXSubject(raw []byte) (string, error) {
	// ruleid: GO-JWT-002
	tok, err := jwt.ParseInsecure(raw)
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}
