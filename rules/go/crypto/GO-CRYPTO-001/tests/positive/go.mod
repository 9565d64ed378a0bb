module example.com/go-crypto-001/positive

go 1.22
