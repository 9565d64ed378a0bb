package main

import (
	"log"
	"net/http"
)

type fakeServer struct{}

func (fakeServer) ListenAndServe() error { return nil }

func serveDefault() {
	// ok: GO-NET-001
	log.Fatal(http.ListenAndServeTLS(":8443", "cert.pem", "key.pem", nil))
}

func serveConfigured(mux *http.ServeMux) error {
	srv := &http.Server{Addr: ":8443", Handler: mux}
	// ok: GO-NET-001
	return srv.ListenAndServeTLS("cert.pem", "key.pem")
}

func serveFake() error {
	srv := fakeServer{}
	// ok: GO-NET-001
	return srv.ListenAndServe()
}
