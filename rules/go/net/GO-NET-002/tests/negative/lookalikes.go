package client

import "google.golang.org/grpc"

type options struct{ insecure bool }

// A local helper with the same name as the deprecated grpc option.
func WithInsecure() options { return options{insecure: true} }

func Configure() options {
	// ok: GO-NET-002
	return WithInsecure()
}

func Secure(addr string, creds grpc.DialOption) (*grpc.ClientConn, error) {
	insecure := false
	_ = insecure
	// ok: GO-NET-002
	return grpc.NewClient(addr, creds)
}
