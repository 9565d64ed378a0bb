package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
)

func fileDigest(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// ok: GO-CRYPTO-001
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	// ok: GO-CRYPTO-001
	return h.Sum(nil), nil
}

func tokenDigest(token string) string {
	// ok: GO-CRYPTO-001
	sum := sha256.Sum256([]byte(token))
	return fmt.Sprintf("%x", sum)
}
