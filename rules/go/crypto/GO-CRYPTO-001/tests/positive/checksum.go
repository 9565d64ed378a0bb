package main

import (
	"crypto/md5"
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
	// ruleid: GO-CRYPTO-001
	h := md5.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}

func tokenDigest(token string) string {
	// ruleid: GO-CRYPTO-001
	sum := md5.Sum([]byte(token))
	return fmt.Sprintf("%x", sum)
}
