module example.com/go-net-001/positive

go 1.22
