module example.com/go-crypto-002/positive

go 1.22
