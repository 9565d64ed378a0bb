module example.com/go-jwt-002/negative

go 1.22
