module example.com/go-crypto-001/negative

go 1.22
