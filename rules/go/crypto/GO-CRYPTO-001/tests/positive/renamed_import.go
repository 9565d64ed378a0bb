package main

import weak "crypto/md5"

func legacyID(b []byte) [16]byte {
	// ruleid: GO-CRYPTO-001
	return weak.Sum(b)
}
