module example.com/go-crypto-002/negative

go 1.22
