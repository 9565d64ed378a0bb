module example.com/go-jwt-002/positive

go 1.22
