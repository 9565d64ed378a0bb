package main

import "crypto/des"

func single(key []byte) error {
	// ruleid: GO-CRYPTO-003
	_, err := des.NewCipher(key)
	return err
}

func triple(key []byte) error {
	// ruleid: GO-CRYPTO-003
	_, err := des.NewTripleDESCipher(key)
	return err
}
