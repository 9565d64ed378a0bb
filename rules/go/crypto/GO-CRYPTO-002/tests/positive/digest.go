package main

import (
	"crypto/sha1"
	"encoding/hex"
)

func verify(body []byte, expected string) bool {
	// ruleid: GO-CRYPTO-002
	sum := sha1.Sum(body)
	return hex.EncodeToString(sum[:]) == expected
}

func stream(parts [][]byte) []byte {
	// ruleid: GO-CRYPTO-002
	h := sha1.New()
	for _, p := range parts {
		h.Write(p)
	}
	return h.Sum(nil)
}
