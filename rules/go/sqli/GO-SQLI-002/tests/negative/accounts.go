package app

import (
	"context"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var pool *pgxpool.Pool

func account(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	// ok: GO-SQLI-002
	row := pool.QueryRow(context.Background(), "SELECT email FROM accounts WHERE id = $1", id)
	var email string
	row.Scan(&email)
}

func page(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.ParseInt(r.URL.Query().Get("page"), 10, 64)
	if err != nil {
		n = 0
	}
	// ok: GO-SQLI-002
	rows, _ := pool.Query(r.Context(), "SELECT id FROM accounts OFFSET "+strconv.FormatInt(n*50, 10))
	defer rows.Close()
}
