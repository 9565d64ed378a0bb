module example.com/go-sec-004/positive

go 1.22
