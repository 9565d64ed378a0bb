package client

import (
	rpc "google.golang.org/grpc"
	plain "google.golang.org/grpc/credentials/insecure"
)

func Renamed(addr string) (*rpc.ClientConn, error) {
	// ruleid: GO-NET-002
	return rpc.NewClient(addr, rpc.WithTransportCredentials(plain.NewCredentials()))
}
