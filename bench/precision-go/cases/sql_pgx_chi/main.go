package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Server struct{ pool *pgxpool.Pool }

func (s *Server) tenant(w http.ResponseWriter, r *http.Request) {
	pool := s.pool
	slug := chi.URLParam(r, "slug")
	rows, err := pool.Query(r.Context(), "SELECT * FROM tenants WHERE slug = '"+slug+"'")
	if err == nil {
		rows.Close()
	}
}
