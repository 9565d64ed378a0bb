module example.com/go-net-002/positive

go 1.22
