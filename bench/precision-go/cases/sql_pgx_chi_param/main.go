package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var pool *pgxpool.Pool

func tenant(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "slug")
	rows, err := pool.Query(r.Context(), "SELECT * FROM tenants WHERE slug = $1", slug)
	if err == nil {
		rows.Close()
	}
}
