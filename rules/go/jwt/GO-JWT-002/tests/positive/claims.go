package auth

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	jwt.RegisteredClaims
	Role string `json:"role"`
}

// RoleFromToken trusts whatever the caller put in the token.
func RoleFromToken(raw string) (string, error) {
	claims := &Claims{}
	// ruleid: GO-JWT-002
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	if err != nil {
		return "", err
	}
	return claims.Role, nil
}

func Subject(raw string) (string, error) {
	parser := jwt.NewParser(jwt.WithoutClaimsValidation())
	claims := jwt.MapClaims{}
	// ruleid: GO-JWT-002
	if _, _, err := parser.ParseUnverified(raw, claims); err != nil {
		return "", err
	}
	sub, ok := claims["sub"].(string)
	if !ok {
		return "", errors.New("no subject")
	}
	return sub, nil
}

func Issuer(p *jwt.Parser, raw string) string {
	claims := jwt.RegisteredClaims{}
	// ruleid: GO-JWT-002
	p.ParseUnverified(raw, &claims)
	return claims.Issuer
}
