package main

import (
	"crypto/aes"
	"crypto/cipher"
)

func scramble(key, iv, data []byte) ([]byte, error) {
	// ok: GO-CRYPTO-004
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	cipher.NewCTR(b, iv).XORKeyStream(out, data)
	return out, nil
}
