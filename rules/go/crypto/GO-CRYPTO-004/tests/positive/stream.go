package main

import "crypto/rc4"

func scramble(key, data []byte) ([]byte, error) {
	// ruleid: GO-CRYPTO-004
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out, nil
}
