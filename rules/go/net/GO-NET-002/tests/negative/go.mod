module example.com/go-net-002/negative

go 1.22
