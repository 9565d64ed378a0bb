module example.com/go-net-001/negative

go 1.22
