module example.com/go-crypto-003/negative

go 1.22
