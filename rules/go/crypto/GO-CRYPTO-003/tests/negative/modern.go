package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rc4"
)

func block(key []byte) (cipher.AEAD, error) {
	// ok: GO-CRYPTO-003
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}

func other(key []byte) error {
	// ok: GO-CRYPTO-003
	_, err := rc4.NewCipher(key)
	return err
}
