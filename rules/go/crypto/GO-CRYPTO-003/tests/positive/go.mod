module example.com/go-crypto-003/positive

go 1.22
