package main

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
)

func verify(body []byte, expected string) bool {
	// ok: GO-CRYPTO-002
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:]) == expected
}

func legacyMAC(key, body []byte) []byte {
	// ok: GO-CRYPTO-002
	mac := hmac.New(sha1.New, key)
	mac.Write(body)
	return mac.Sum(nil)
}
