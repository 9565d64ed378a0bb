module example.com/go-crypto-004/negative

go 1.22
