package main

import (
	"log"
	"net/http"
)

func serveDefault() {
	// ruleid: GO-NET-001
	log.Fatal(http.ListenAndServe(":8080", nil))
}

func serveConfigured(mux *http.ServeMux) error {
	srv := &http.Server{Addr: ":8080", Handler: mux}
	// ruleid: GO-NET-001
	return srv.ListenAndServe()
}

func serveGiven(srv *http.Server) error {
	// ruleid: GO-NET-001
	return srv.ListenAndServe()
}
