module example.com/go-crypto-004/positive

go 1.22
