package app

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var pool *pgxpool.Pool

func account(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	// ruleid: GO-SQLI-002
	row := pool.QueryRow(context.Background(), "SELECT email FROM accounts WHERE id = "+id)
	var email string
	row.Scan(&email)
}

func search(w http.ResponseWriter, r *http.Request) {
	term := r.URL.Query().Get("term")
	sql := "SELECT id FROM accounts WHERE name ILIKE '%" + term + "%'"
	// ruleid: GO-SQLI-002
	rows, _ := pool.Query(r.Context(), sql)
	defer rows.Close()
}
