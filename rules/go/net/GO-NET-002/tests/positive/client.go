package client

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

func Legacy(addr string) (*grpc.ClientConn, error) {
	// ruleid: GO-NET-002
	return grpc.Dial(addr, grpc.WithInsecure())
}

func Modern(addr string) (*grpc.ClientConn, error) {
	// ruleid: GO-NET-002
	return grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
}

func WithContext(ctx context.Context, addr string) (*grpc.ClientConn, error) {
	opts := []grpc.DialOption{
		grpc.WithBlock(),
		// ruleid: GO-NET-002
		grpc.WithTransportCredentials(insecure.NewCredentials()),
	}
	return grpc.DialContext(ctx, addr, opts...)
}

func ThroughAVariable(addr string) (*grpc.ClientConn, error) {
	creds := insecure.NewCredentials()
	// ruleid: GO-NET-002
	return grpc.NewClient(addr, grpc.WithTransportCredentials(creds))
}
