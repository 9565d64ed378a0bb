module example.com/go-sec-004/negative

go 1.22
