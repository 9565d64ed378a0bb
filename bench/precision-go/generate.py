#!/usr/bin/env python3
"""Writes the Go precision corpus: cases/<case>/... and labels.csv, from the handlers below.

Each case is one small program (a directory of the module example.com/precision), labelled vulnerable or
safe for one weakness class. The labelled line is the one marked `//@` in the text below (the marker is
removed when the file is written). Run it after editing a case; score.py reads what it writes.
"""

from __future__ import annotations

import csv
import shutil
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

# (case, verdict, class, construct, framework, {file: source})
C: list[tuple[str, str, str, str, str, dict[str, str]]] = []


def case(name, verdict, klass, construct, framework, files):
    if isinstance(files, str):
        files = {"main.go": files}
    C.append((name, verdict, klass, construct, framework, files))


# ---------------------------------------------------------------- SQL injection
case("sql_nethttp_concat", "vulnerable", "sql-injection", "concat", "net/http", """
package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB

func products(w http.ResponseWriter, r *http.Request) {
	category := r.URL.Query().Get("category")
	rows, err := db.Query("SELECT id, name FROM products WHERE category = '" + category + "'") //@
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	defer rows.Close()
}
""")
case("sql_nethttp_placeholder", "safe", "sql-injection", "parameterised", "net/http", """
package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB

func products(w http.ResponseWriter, r *http.Request) {
	category := r.URL.Query().Get("category")
	rows, err := db.Query("SELECT id, name FROM products WHERE category = $1", category) //@
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	defer rows.Close()
}
""")
case("sql_gin_sprintf", "vulnerable", "sql-injection", "sprintf", "gin", """
package main

import (
	"database/sql"
	"fmt"

	"github.com/gin-gonic/gin"
)

func register(r *gin.Engine, db *sql.DB) {
	r.GET("/users/:name", func(c *gin.Context) {
		name := c.Param("name")
		q := fmt.Sprintf("SELECT email FROM users WHERE login = '%s'", name)
		var email string
		db.QueryRow(q).Scan(&email) //@
		c.JSON(200, gin.H{"email": email})
	})
}
""")
case("sql_gin_atoi", "safe", "sql-injection", "atoi", "gin", """
package main

import (
	"database/sql"
	"fmt"
	"strconv"

	"github.com/gin-gonic/gin"
)

func register(r *gin.Engine, db *sql.DB) {
	r.GET("/users/:id", func(c *gin.Context) {
		id, err := strconv.Atoi(c.Param("id"))
		if err != nil {
			c.AbortWithStatus(400)
			return
		}
		q := fmt.Sprintf("SELECT email FROM users WHERE id = %d", id)
		var email string
		db.QueryRow(q).Scan(&email) //@
		c.JSON(200, gin.H{"email": email})
	})
}
""")
case("sql_echo_order_by", "vulnerable", "sql-injection", "concat", "echo", """
package main

import (
	"database/sql"

	"github.com/labstack/echo/v4"
)

type API struct{ DB *sql.DB }

func (a *API) list(c echo.Context) error {
	sort := c.QueryParam("sort")
	rows, err := a.DB.Query("SELECT id, title FROM posts ORDER BY " + sort) //@
	if err != nil {
		return err
	}
	defer rows.Close()
	return c.NoContent(200)
}
""")
case("sql_echo_order_allowlist", "safe", "sql-injection", "allow-list", "echo", """
package main

import (
	"database/sql"

	"github.com/labstack/echo/v4"
)

type API struct{ DB *sql.DB }

var sortColumns = map[string]string{"title": "title", "date": "created_at"}

func (a *API) list(c echo.Context) error {
	col, ok := sortColumns[c.QueryParam("sort")]
	if !ok {
		col = "created_at"
	}
	rows, err := a.DB.Query("SELECT id, title FROM posts ORDER BY " + col) //@
	if err != nil {
		return err
	}
	defer rows.Close()
	return c.NoContent(200)
}
""")
case("sql_helper_builds_query", "vulnerable", "sql-injection", "helper", "net/http", """
package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB

func filterBy(field, value string) string {
	return "SELECT * FROM orders WHERE " + field + " = '" + value + "'"
}

func orders(w http.ResponseWriter, r *http.Request) {
	q := filterBy("status", r.FormValue("status"))
	rows, _ := db.Query(q) //@
	defer rows.Close()
}
""")
case("sql_helper_quotes_number", "safe", "sql-injection", "helper", "net/http", """
package main

import (
	"database/sql"
	"net/http"
	"strconv"
)

var db *sql.DB

func pageOffset(raw string) int {
	n, err := strconv.Atoi(raw)
	if err != nil || n < 0 {
		return 0
	}
	return n * 20
}

func orders(w http.ResponseWriter, r *http.Request) {
	off := pageOffset(r.FormValue("page"))
	rows, _ := db.Query("SELECT * FROM orders LIMIT 20 OFFSET " + strconv.Itoa(off)) //@
	defer rows.Close()
}
""")
case("sql_cross_package_store", "vulnerable", "sql-injection", "cross-package", "net/http", {
    "main.go": """
package main

import (
	"net/http"

	"example.com/precision/sql_cross_package_store/store"
)

func search(w http.ResponseWriter, r *http.Request) {
	store.FindByName(r.URL.Query().Get("name"))
}
""",
    "store/store.go": """
package store

import "database/sql"

var DB *sql.DB

func FindByName(name string) {
	rows, err := DB.Query("SELECT id FROM people WHERE name = '" + name + "'") //@
	if err == nil {
		rows.Close()
	}
}
""",
})
case("sql_cross_package_store_param", "safe", "sql-injection", "cross-package", "net/http", {
    "main.go": """
package main

import (
	"net/http"

	"example.com/precision/sql_cross_package_store_param/store"
)

func search(w http.ResponseWriter, r *http.Request) {
	store.FindByName(r.URL.Query().Get("name"))
}
""",
    "store/store.go": """
package store

import "database/sql"

var DB *sql.DB

func FindByName(name string) {
	rows, err := DB.Query("SELECT id FROM people WHERE name = $1", name) //@
	if err == nil {
		rows.Close()
	}
}
""",
})
case("sql_pgx_chi", "vulnerable", "sql-injection", "concat", "chi", """
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
	rows, err := pool.Query(r.Context(), "SELECT * FROM tenants WHERE slug = '"+slug+"'") //@
	if err == nil {
		rows.Close()
	}
}
""")
case("sql_pgx_chi_param", "safe", "sql-injection", "parameterised", "chi", """
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var pool *pgxpool.Pool

func tenant(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "slug")
	rows, err := pool.Query(r.Context(), "SELECT * FROM tenants WHERE slug = $1", slug) //@
	if err == nil {
		rows.Close()
	}
}
""")
case("sql_sqlx_struct_bind", "vulnerable", "sql-injection", "bind", "gin", """
package main

import (
	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type Filter struct {
	Owner  string `json:"owner"`
	Status string `json:"status"`
}

var db *sqlx.DB

func search(c *gin.Context) {
	var f Filter
	if err := c.ShouldBindJSON(&f); err != nil {
		c.AbortWithStatus(400)
		return
	}
	var ids []int
	db.Select(&ids, "SELECT id FROM tickets WHERE owner = '"+f.Owner+"'") //@
	c.JSON(200, ids)
}
""")
case("sql_sqlx_struct_bind_named", "safe", "sql-injection", "parameterised", "gin", """
package main

import (
	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type Filter struct {
	Owner  string `json:"owner" db:"owner"`
	Status string `json:"status" db:"status"`
}

var db *sqlx.DB

func search(c *gin.Context) {
	var f Filter
	if err := c.ShouldBindJSON(&f); err != nil {
		c.AbortWithStatus(400)
		return
	}
	rows, err := db.NamedQuery("SELECT id FROM tickets WHERE owner = :owner AND status = :status", f) //@
	if err == nil {
		rows.Close()
	}
	c.Status(200)
}
""")
case("sql_gorm_raw", "vulnerable", "sql-injection", "concat", "fiber", """
package main

import (
	"github.com/gofiber/fiber/v2"
	"gorm.io/gorm"
)

type Product struct {
	ID   uint
	Name string
}

func handler(db *gorm.DB) fiber.Handler {
	return func(c *fiber.Ctx) error {
		var out []Product
		db.Raw("SELECT * FROM products WHERE brand = '" + c.Query("brand") + "'").Scan(&out) //@
		return c.JSON(out)
	}
}
""")
case("sql_gorm_raw_param", "safe", "sql-injection", "parameterised", "fiber", """
package main

import (
	"github.com/gofiber/fiber/v2"
	"gorm.io/gorm"
)

type Product struct {
	ID   uint
	Name string
}

func handler(db *gorm.DB) fiber.Handler {
	return func(c *fiber.Ctx) error {
		var out []Product
		db.Raw("SELECT * FROM products WHERE brand = ?", c.Query("brand")).Scan(&out) //@
		return c.JSON(out)
	}
}
""")
case("sql_gorm_where_string", "vulnerable", "sql-injection", "builder", "gin", """
package main

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Invoice struct {
	ID       uint
	Customer string
}

var db *gorm.DB

func invoices(c *gin.Context) {
	var out []Invoice
	customer := c.Query("customer")
	db.Model(&Invoice{}).Where("customer = '" + customer + "'").Find(&out) //@
	c.JSON(200, out)
}
""")
case("sql_gorm_where_placeholder", "safe", "sql-injection", "builder", "gin", """
package main

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Invoice struct {
	ID       uint
	Customer string
}

var db *gorm.DB

func invoices(c *gin.Context) {
	var out []Invoice
	customer := c.Query("customer")
	db.Model(&Invoice{}).Where("customer = ?", customer).Find(&out) //@
	c.JSON(200, out)
}
""")
case("sql_mux_vars_exec", "vulnerable", "sql-injection", "concat", "gorilla/mux", """
package main

import (
	"database/sql"
	"net/http"

	"github.com/gorilla/mux"
)

var db *sql.DB

func archive(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	stmt := "UPDATE projects SET archived = true WHERE key = '" + vars["key"] + "'"
	db.ExecContext(r.Context(), stmt) //@
}
""")
case("sql_mux_vars_switch", "safe", "sql-injection", "switch", "gorilla/mux", """
package main

import (
	"database/sql"
	"net/http"

	"github.com/gorilla/mux"
)

var db *sql.DB

func archive(w http.ResponseWriter, r *http.Request) {
	table := mux.Vars(r)["kind"]
	switch table {
	case "projects", "teams":
		db.ExecContext(r.Context(), "UPDATE "+table+" SET archived = true") //@
	default:
		http.NotFound(w, r)
	}
}
""")

# ---------------------------------------------------------------- command injection
case("cmd_shell_concat", "vulnerable", "command-injection", "concat", "net/http", """
package main

import (
	"net/http"
	"os/exec"
)

func lookup(w http.ResponseWriter, r *http.Request) {
	domain := r.FormValue("domain")
	out, _ := exec.Command("/bin/sh", "-c", "dig +short "+domain).Output() //@
	w.Write(out)
}
""")
case("cmd_allowlist_map", "safe", "command-injection", "allow-list", "net/http", """
package main

import (
	"net/http"
	"os/exec"
)

var reports = map[string][]string{
	"disk":   {"df", "-h"},
	"memory": {"free", "-m"},
}

func report(w http.ResponseWriter, r *http.Request) {
	args, ok := reports[r.FormValue("name")]
	if !ok {
		http.Error(w, "unknown report", 404)
		return
	}
	out, _ := exec.Command(args[0], args[1:]...).Output() //@
	w.Write(out)
}
""")
case("cmd_gin_args_append", "vulnerable", "command-injection", "slice", "gin", """
package main

import (
	"os/exec"

	"github.com/gin-gonic/gin"
)

func thumbnail(c *gin.Context) {
	args := []string{"-thumbnail", "128x128"}
	args = append(args, c.PostForm("source"), "/tmp/thumb.png")
	cmd := exec.Command("convert", args...) //@
	if err := cmd.Run(); err != nil {
		c.AbortWithStatus(500)
	}
}
""")
case("cmd_gin_atoi_arg", "safe", "command-injection", "atoi", "gin", """
package main

import (
	"os/exec"
	"strconv"

	"github.com/gin-gonic/gin"
)

func thumbnail(c *gin.Context) {
	size, err := strconv.Atoi(c.PostForm("size"))
	if err != nil || size > 1024 {
		c.AbortWithStatus(400)
		return
	}
	dim := strconv.Itoa(size) + "x" + strconv.Itoa(size)
	cmd := exec.Command("convert", "-thumbnail", dim, "/srv/in.png", "/tmp/thumb.png") //@
	if err := cmd.Run(); err != nil {
		c.AbortWithStatus(500)
	}
}
""")
case("cmd_echo_helper", "vulnerable", "command-injection", "helper", "echo", """
package main

import (
	"context"
	"os/exec"

	"github.com/labstack/echo/v4"
)

func gitLog(ctx context.Context, ref string) ([]byte, error) {
	return exec.CommandContext(ctx, "git", "log", "--oneline", ref).Output() //@
}

func history(c echo.Context) error {
	out, err := gitLog(c.Request().Context(), c.Param("ref"))
	if err != nil {
		return err
	}
	return c.Blob(200, "text/plain", out)
}
""")
case("cmd_echo_regexp", "safe", "command-injection", "regexp", "echo", """
package main

import (
	"context"
	"os/exec"
	"regexp"

	"github.com/labstack/echo/v4"
)

var refPattern = regexp.MustCompile(`^[0-9a-f]{7,40}$`)

func history(c echo.Context) error {
	ref := c.Param("ref")
	if !refPattern.MatchString(ref) {
		return c.NoContent(400)
	}
	out, err := exec.CommandContext(context.Background(), "git", "log", "--oneline", ref).Output() //@
	if err != nil {
		return err
	}
	return c.Blob(200, "text/plain", out)
}
""")
case("cmd_fiber_struct", "vulnerable", "command-injection", "bind", "fiber", """
package main

import (
	"os/exec"

	"github.com/gofiber/fiber/v2"
)

type Job struct {
	Script string `json:"script"`
}

func run(c *fiber.Ctx) error {
	job := new(Job)
	if err := c.BodyParser(job); err != nil {
		return err
	}
	return exec.Command("bash", "-c", job.Script).Run() //@
}
""")
case("cmd_fiber_fixed", "safe", "command-injection", "constant", "fiber", """
package main

import (
	"os/exec"

	"github.com/gofiber/fiber/v2"
)

type Job struct {
	Name string `json:"name"`
}

func run(c *fiber.Ctx) error {
	job := new(Job)
	if err := c.BodyParser(job); err != nil {
		return err
	}
	c.Set("X-Job", job.Name)
	return exec.Command("systemctl", "restart", "worker.service").Run() //@
}
""")

# ---------------------------------------------------------------- path traversal
case("path_readfile_join", "vulnerable", "path-traversal", "join", "net/http", """
package main

import (
	"net/http"
	"os"
	"path/filepath"
)

const docs = "/srv/docs"

func doc(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	data, err := os.ReadFile(filepath.Join(docs, name)) //@
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}
""")
case("path_readfile_base", "safe", "path-traversal", "base", "net/http", """
package main

import (
	"net/http"
	"os"
	"path/filepath"
)

const docs = "/srv/docs"

func doc(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name"))
	data, err := os.ReadFile(filepath.Join(docs, name)) //@
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}
""")
case("path_clean_only", "vulnerable", "path-traversal", "clean", "gin", """
package main

import (
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

func upload(c *gin.Context) {
	dest := filepath.Clean(c.PostForm("dest"))
	f, err := os.Create(dest) //@
	if err != nil {
		c.AbortWithStatus(500)
		return
	}
	defer f.Close()
}
""")
case("path_clean_prefix", "safe", "path-traversal", "clean-prefix", "gin", """
package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const root = "/var/app/uploads"

func upload(c *gin.Context) {
	dest := filepath.Join(root, c.PostForm("dest"))
	if !strings.HasPrefix(dest, root+string(filepath.Separator)) {
		c.AbortWithStatus(400)
		return
	}
	f, err := os.Create(dest) //@
	if err != nil {
		c.AbortWithStatus(500)
		return
	}
	defer f.Close()
}
""")
case("path_servefile", "vulnerable", "path-traversal", "concat", "net/http", """
package main

import "net/http"

func static(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, "./public/"+r.URL.Query().Get("f")) //@
}
""")
case("path_servefile_allowlist", "safe", "path-traversal", "allow-list", "net/http", """
package main

import "net/http"

var assets = map[string]string{"logo": "./public/logo.png", "terms": "./public/terms.pdf"}

func static(w http.ResponseWriter, r *http.Request) {
	p, ok := assets[r.URL.Query().Get("f")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	http.ServeFile(w, r, p) //@
}
""")
case("path_echo_attachment", "vulnerable", "path-traversal", "sprintf", "echo", """
package main

import (
	"fmt"

	"github.com/labstack/echo/v4"
)

func export(c echo.Context) error {
	file := fmt.Sprintf("/data/exports/%s.csv", c.Param("name"))
	return c.Attachment(file, "export.csv") //@
}
""")
case("path_echo_attachment_id", "safe", "path-traversal", "atoi", "echo", """
package main

import (
	"fmt"
	"strconv"

	"github.com/labstack/echo/v4"
)

func export(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return c.NoContent(400)
	}
	file := fmt.Sprintf("/data/exports/%d.csv", id)
	return c.Attachment(file, "export.csv") //@
}
""")
case("path_remove_helper", "vulnerable", "path-traversal", "helper", "chi", """
package main

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
)

func cachePath(key string) string {
	return "/var/cache/app/" + key
}

func evict(w http.ResponseWriter, r *http.Request) {
	os.Remove(cachePath(chi.URLParam(r, "key"))) //@
	w.WriteHeader(204)
}
""")
case("path_remove_helper_base", "safe", "path-traversal", "helper", "chi", """
package main

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/go-chi/chi/v5"
)

func cachePath(key string) string {
	return filepath.Join("/var/cache/app", filepath.Base(key))
}

func evict(w http.ResponseWriter, r *http.Request) {
	os.Remove(cachePath(chi.URLParam(r, "key"))) //@
	w.WriteHeader(204)
}
""")

# ---------------------------------------------------------------- SSRF
case("ssrf_http_get", "vulnerable", "ssrf", "direct", "net/http", """
package main

import (
	"io"
	"net/http"
)

func fetch(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(r.URL.Query().Get("url")) //@
	if err != nil {
		http.Error(w, "upstream", 502)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
""")
case("ssrf_http_get_fixed_host", "safe", "ssrf", "fixed-host", "net/http", """
package main

import (
	"io"
	"net/http"
	"net/url"
)

func fetch(w http.ResponseWriter, r *http.Request) {
	q := url.QueryEscape(r.URL.Query().Get("q"))
	resp, err := http.Get("https://search.internal.example/api?q=" + q) //@
	if err != nil {
		http.Error(w, "upstream", 502)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
""")
case("ssrf_client_host_concat", "vulnerable", "ssrf", "concat", "gin", """
package main

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 5 * time.Second}

func health(c *gin.Context) {
	host := c.Query("host")
	resp, err := client.Get("http://" + host + ":8080/healthz") //@
	if err != nil {
		c.JSON(200, gin.H{"up": false})
		return
	}
	resp.Body.Close()
	c.JSON(200, gin.H{"up": true})
}
""")
case("ssrf_client_host_allowlist", "safe", "ssrf", "allow-list", "gin", """
package main

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 5 * time.Second}

var services = map[string]bool{"billing": true, "search": true}

func health(c *gin.Context) {
	host := c.Query("host")
	if !services[host] {
		c.AbortWithStatus(400)
		return
	}
	resp, err := client.Get("http://" + host + ":8080/healthz") //@
	if err != nil {
		c.JSON(200, gin.H{"up": false})
		return
	}
	resp.Body.Close()
	c.JSON(200, gin.H{"up": true})
}
""")
case("ssrf_newrequest_header", "vulnerable", "ssrf", "direct", "echo", """
package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func relay(c echo.Context) error {
	target := c.Request().Header.Get("X-Callback")
	req, err := http.NewRequest("POST", target, nil) //@
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
""")
case("ssrf_newrequest_parsed_host", "safe", "ssrf", "url-host", "echo", """
package main

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

func relay(c echo.Context) error {
	target := c.Request().Header.Get("X-Callback")
	u, err := url.Parse(target)
	if err != nil || u.Hostname() != "hooks.example.com" {
		return c.NoContent(400)
	}
	req, err := http.NewRequest("POST", target, nil) //@
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
""")
case("ssrf_resty_get", "vulnerable", "ssrf", "chain", "gin", """
package main

import (
	"github.com/gin-gonic/gin"
	"github.com/go-resty/resty/v2"
)

var api = resty.New()

func avatar(c *gin.Context) {
	resp, err := api.R().SetHeader("Accept", "image/*").Get(c.Query("src")) //@
	if err != nil {
		c.AbortWithStatus(502)
		return
	}
	c.Data(200, "image/png", resp.Body())
}
""")
case("ssrf_resty_path_param", "safe", "ssrf", "fixed-host", "gin", """
package main

import (
	"github.com/gin-gonic/gin"
	"github.com/go-resty/resty/v2"
)

var api = resty.New()

func avatar(c *gin.Context) {
	resp, err := api.R().SetPathParam("user", c.Query("user")).Get("https://avatars.example.com/{user}.png") //@
	if err != nil {
		c.AbortWithStatus(502)
		return
	}
	c.Data(200, "image/png", resp.Body())
}
""")
case("ssrf_fiber_struct_field", "vulnerable", "ssrf", "bind", "fiber", """
package main

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
)

type Hook struct {
	URL   string `json:"url"`
	Event string `json:"event"`
}

func test(c *fiber.Ctx) error {
	var h Hook
	if err := c.BodyParser(&h); err != nil {
		return err
	}
	resp, err := http.Post(h.URL, "application/json", nil) //@
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
""")
case("ssrf_fiber_struct_other_field", "safe", "ssrf", "bind", "fiber", """
package main

import (
	"net/http"
	"strings"

	"github.com/gofiber/fiber/v2"
)

type Hook struct {
	URL   string `json:"url"`
	Event string `json:"event"`
}

const collector = "https://events.example.com/ingest"

func test(c *fiber.Ctx) error {
	var h Hook
	if err := c.BodyParser(&h); err != nil {
		return err
	}
	resp, err := http.Post(collector, "application/json", strings.NewReader(h.Event)) //@
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
""")

# ---------------------------------------------------------------- open redirect
case("redirect_next_param", "vulnerable", "open-redirect", "direct", "net/http", """
package main

import "net/http"

func login(w http.ResponseWriter, r *http.Request) {
	// ... credentials checked ...
	next := r.FormValue("next")
	http.Redirect(w, r, next, http.StatusSeeOther) //@
}
""")
case("redirect_next_local_only", "safe", "open-redirect", "url-host", "net/http", """
package main

import (
	"net/http"
	"net/url"
)

func login(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("next")
	u, err := url.Parse(next)
	if err != nil || u.IsAbs() || u.Host != "" {
		next = "/dashboard"
	}
	http.Redirect(w, r, next, http.StatusSeeOther) //@
}
""")
case("redirect_gin_referer", "vulnerable", "open-redirect", "header", "gin", """
package main

import "github.com/gin-gonic/gin"

func back(c *gin.Context) {
	c.Redirect(302, c.GetHeader("Referer")) //@
}
""")
case("redirect_gin_fixed_path", "safe", "open-redirect", "fixed-host", "gin", """
package main

import "github.com/gin-gonic/gin"

func back(c *gin.Context) {
	c.Redirect(302, "/items/"+c.Param("id")+"/edit") //@
}
""")
case("redirect_echo_sprintf_host", "vulnerable", "open-redirect", "sprintf", "echo", """
package main

import (
	"fmt"

	"github.com/labstack/echo/v4"
)

func tenant(c echo.Context) error {
	sub := c.QueryParam("tenant")
	return c.Redirect(302, fmt.Sprintf("https://%s.example.com/login", sub)) //@
}
""")
case("redirect_echo_allowlist", "safe", "open-redirect", "allow-list", "echo", """
package main

import (
	"fmt"

	"github.com/labstack/echo/v4"
)

var tenants = map[string]bool{"acme": true, "globex": true}

func tenant(c echo.Context) error {
	sub := c.QueryParam("tenant")
	if !tenants[sub] {
		return c.NoContent(404)
	}
	return c.Redirect(302, fmt.Sprintf("https://%s.example.com/login", sub)) //@
}
""")
case("redirect_slash_prefix", "vulnerable", "open-redirect", "concat", "net/http", """
package main

import "net/http"

func short(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/"+r.URL.Query().Get("to"), http.StatusFound) //@
}
""")
case("redirect_query_escaped", "safe", "open-redirect", "escape", "net/http", """
package main

import (
	"net/http"
	"net/url"
)

func short(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/search?q="+url.QueryEscape(r.URL.Query().Get("q")), http.StatusFound) //@
}
""")

# ---------------------------------------------------------------- XSS
case("xss_fprintf_name", "vulnerable", "xss", "direct", "net/http", """
package main

import (
	"fmt"
	"net/http"
)

func hello(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<p>Welcome back, %s</p>", r.URL.Query().Get("user")) //@
}
""")
case("xss_fprintf_escaped", "safe", "xss", "escape", "net/http", """
package main

import (
	"fmt"
	"html"
	"net/http"
)

func hello(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<p>Welcome back, %s</p>", html.EscapeString(r.URL.Query().Get("user"))) //@
}
""")
case("xss_writestring_error", "vulnerable", "xss", "concat", "net/http", """
package main

import (
	"io"
	"net/http"
)

func notFound(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
	io.WriteString(w, "<html><body>"+r.URL.Path+" was not found</body></html>") //@
}
""")
case("xss_writestring_escaped", "safe", "xss", "escape", "net/http", """
package main

import (
	"html/template"
	"io"
	"net/http"
)

func notFound(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
	io.WriteString(w, "<html><body>"+template.HTMLEscapeString(r.URL.Path)+" was not found</body></html>") //@
}
""")
case("xss_template_html_cast", "vulnerable", "xss", "trusted-type", "gin", """
package main

import (
	"html/template"

	"github.com/gin-gonic/gin"
)

func preview(c *gin.Context) {
	body := c.PostForm("body")
	c.HTML(200, "preview.tmpl", gin.H{"Body": template.HTML(body)}) //@
}
""")
case("xss_template_plain_string", "safe", "xss", "template", "gin", """
package main

import (
	"html/template"

	"github.com/gin-gonic/gin"
)

const footer = template.HTML("<small>&copy; Example</small>")

func preview(c *gin.Context) {
	body := c.PostForm("body")
	c.HTML(200, "preview.tmpl", gin.H{"Body": body, "Footer": template.HTML("<hr>")}) //@
	_ = footer
}
""")
case("xss_fprintln_helper", "vulnerable", "xss", "helper", "gorilla/mux", """
package main

import (
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

func heading(title string) string {
	return "<h2>" + title + "</h2>"
}

func section(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, heading(mux.Vars(r)["section"])) //@
}
""")
case("xss_fprintln_number", "safe", "xss", "atoi", "gorilla/mux", """
package main

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
)

func section(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(mux.Vars(r)["page"])
	if err != nil {
		n = 1
	}
	fmt.Fprintln(w, "<h2>Page", n, "</h2>") //@
}
""")
case("xss_template_url_echo", "vulnerable", "xss", "trusted-type", "echo", """
package main

import (
	"html/template"

	"github.com/labstack/echo/v4"
)

func link(c echo.Context) error {
	return c.Render(200, "link.html", map[string]interface{}{
		"Href": template.URL(c.QueryParam("href")), //@
	})
}
""")
case("xss_template_url_escaped", "safe", "xss", "escape", "echo", """
package main

import (
	"html/template"
	"net/url"

	"github.com/labstack/echo/v4"
)

func link(c echo.Context) error {
	return c.Render(200, "link.html", map[string]interface{}{
		"Href": template.URL("/search?q=" + url.QueryEscape(c.QueryParam("q"))), //@
	})
}
""")

# ---------------------------------------------------------------- password hashing
case("pwhash_md5_param", "vulnerable", "weak-password-hash", "parameter", "net/http", """
package main

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"
)

func storePassword(user, password string) string {
	sum := md5.Sum([]byte(user + ":" + password)) //@
	return hex.EncodeToString(sum[:])
}

func signup(w http.ResponseWriter, r *http.Request) {
	storePassword(r.PostFormValue("user"), r.PostFormValue("password"))
}
""")
case("pwhash_md5_etag", "safe", "weak-password-hash", "other-data", "net/http", """
package main

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"
	"os"
)

func asset(w http.ResponseWriter, r *http.Request) {
	data, _ := os.ReadFile("/srv/app.js")
	sum := md5.Sum(data) //@
	w.Header().Set("ETag", hex.EncodeToString(sum[:]))
	w.Write(data)
}
""")
case("pwhash_md5_form", "vulnerable", "weak-password-hash", "form", "gin", """
package main

import (
	"crypto/md5"
	"fmt"

	"github.com/gin-gonic/gin"
)

func reset(c *gin.Context) {
	pw := c.PostForm("new_password")
	hash := fmt.Sprintf("%x", md5.Sum([]byte(pw))) //@
	c.JSON(200, gin.H{"stored": len(hash) > 0})
}
""")
case("pwhash_md5_gravatar", "safe", "weak-password-hash", "other-data", "gin", """
package main

import (
	"crypto/md5"
	"fmt"
	"strings"

	"github.com/gin-gonic/gin"
)

func profile(c *gin.Context) {
	email := strings.ToLower(strings.TrimSpace(c.PostForm("email")))
	hash := fmt.Sprintf("%x", md5.Sum([]byte(email))) //@
	c.JSON(200, gin.H{"avatar": "https://www.gravatar.com/avatar/" + hash})
}
""")


# ---------------------------------------------------------------- held out
# Written after the engine was fixed on the cases above, and scored before any change for them: the
# batch column of labels.csv keeps them apart.
HELD_OUT_FROM = len(C)

case("ho_sql_tx_exec", "vulnerable", "sql-injection", "transaction", "net/http", """
package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB

func rename(w http.ResponseWriter, r *http.Request) {
	tx, err := db.Begin()
	if err != nil {
		return
	}
	defer tx.Rollback()
	newName := r.PostFormValue("name")
	tx.Exec("UPDATE teams SET name = '" + newName + "' WHERE id = 1") //@
	tx.Commit()
}
""")
case("ho_sql_tx_exec_param", "safe", "sql-injection", "transaction", "net/http", """
package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB

func rename(w http.ResponseWriter, r *http.Request) {
	tx, err := db.Begin()
	if err != nil {
		return
	}
	defer tx.Rollback()
	newName := r.PostFormValue("name")
	tx.Exec("UPDATE teams SET name = $1 WHERE id = 1", newName) //@
	tx.Commit()
}
""")
case("ho_sql_strings_join", "vulnerable", "sql-injection", "strings", "gin", """
package main

import (
	"database/sql"
	"strings"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func bulk(c *gin.Context) {
	ids := c.QueryArray("id")
	q := "DELETE FROM carts WHERE id IN (" + strings.Join(ids, ",") + ")"
	db.Exec(q) //@
	c.Status(204)
}
""")
case("ho_sql_ids_converted", "safe", "sql-injection", "atoi", "gin", """
package main

import (
	"database/sql"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func bulk(c *gin.Context) {
	var parts []string
	for _, raw := range c.QueryArray("id") {
		n, err := strconv.Atoi(raw)
		if err != nil {
			c.AbortWithStatus(400)
			return
		}
		parts = append(parts, strconv.Itoa(n))
	}
	q := "DELETE FROM carts WHERE id IN (" + strings.Join(parts, ",") + ")"
	db.Exec(q) //@
	c.Status(204)
}
""")
case("ho_cmd_echo_form", "vulnerable", "command-injection", "concat", "echo", """
package main

import (
	"os/exec"

	"github.com/labstack/echo/v4"
)

func archive(c echo.Context) error {
	dir := c.FormValue("dir")
	cmd := exec.Command("sh", "-c", "tar czf /tmp/out.tgz "+dir) //@
	return cmd.Run()
}
""")
case("ho_cmd_echo_switch", "safe", "command-injection", "switch", "echo", """
package main

import (
	"os/exec"

	"github.com/labstack/echo/v4"
)

func archive(c echo.Context) error {
	dir := c.FormValue("dir")
	switch dir {
	case "logs", "uploads":
		return exec.Command("tar", "czf", "/tmp/out.tgz", "/srv/"+dir).Run() //@
	}
	return c.NoContent(400)
}
""")
case("ho_path_openfile_chi", "vulnerable", "path-traversal", "concat", "chi", """
package main

import (
	"io"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
)

func logs(w http.ResponseWriter, r *http.Request) {
	f, err := os.OpenFile("/var/log/app/"+chi.URLParam(r, "file"), os.O_RDONLY, 0) //@
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
""")
case("ho_path_openfile_regexp", "safe", "path-traversal", "regexp", "chi", """
package main

import (
	"io"
	"net/http"
	"os"
	"regexp"

	"github.com/go-chi/chi/v5"
)

var logName = regexp.MustCompile(`^app-[0-9]{8}\.log$`)

func logs(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "file")
	if !logName.MatchString(name) {
		http.NotFound(w, r)
		return
	}
	f, err := os.OpenFile("/var/log/app/"+name, os.O_RDONLY, 0) //@
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
""")
case("ho_ssrf_postform_cookie", "vulnerable", "ssrf", "cookie", "net/http", """
package main

import (
	"net/http"
	"net/url"
)

func sync(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("backend")
	if err != nil {
		return
	}
	http.PostForm(c.Value+"/sync", url.Values{"full": {"1"}}) //@
}
""")
case("ho_ssrf_postform_config", "safe", "ssrf", "constant", "net/http", """
package main

import (
	"net/http"
	"net/url"
	"os"
)

func sync(w http.ResponseWriter, r *http.Request) {
	backend := os.Getenv("BACKEND_URL")
	http.PostForm(backend+"/sync", url.Values{"user": {r.FormValue("user")}}) //@
}
""")
case("ho_redirect_fiber", "vulnerable", "open-redirect", "direct", "fiber", """
package main

import "github.com/gofiber/fiber/v2"

func out(c *fiber.Ctx) error {
	return c.Redirect(c.Query("url")) //@
}
""")
case("ho_redirect_fiber_fixed", "safe", "open-redirect", "fixed-host", "fiber", """
package main

import "github.com/gofiber/fiber/v2"

func out(c *fiber.Ctx) error {
	return c.Redirect("/articles/" + c.Params("slug")) //@
}
""")
case("ho_xss_fprintf_struct", "vulnerable", "xss", "struct-field", "net/http", """
package main

import (
	"fmt"
	"net/http"
)

type comment struct {
	Author string
	Body   string
}

func post(w http.ResponseWriter, r *http.Request) {
	c := comment{Author: r.FormValue("author"), Body: r.FormValue("body")}
	fmt.Fprintf(w, "<div class=comment><b>%s</b>: %s</div>", c.Author, c.Body) //@
}
""")
case("ho_xss_fprintf_struct_escaped", "safe", "xss", "struct-field", "net/http", """
package main

import (
	"fmt"
	"html"
	"net/http"
)

type comment struct {
	Author string
	Body   string
}

func post(w http.ResponseWriter, r *http.Request) {
	c := comment{Author: html.EscapeString(r.FormValue("author")), Body: html.EscapeString(r.FormValue("body"))}
	fmt.Fprintf(w, "<div class=comment><b>%s</b>: %s</div>", c.Author, c.Body) //@
}
""")
case("ho_sql_gorm_order_helper", "vulnerable", "sql-injection", "helper", "echo", {
    "main.go": """
package main

import (
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"example.com/precision/ho_sql_gorm_order_helper/repo"
)

var db *gorm.DB

func list(c echo.Context) error {
	return c.JSON(200, repo.Sorted(db, c.QueryParam("order")))
}
""",
    "repo/repo.go": """
package repo

import "gorm.io/gorm"

type Book struct{ Title string }

func Sorted(db *gorm.DB, order string) []Book {
	var out []Book
	db.Order(order).Find(&out) //@
	return out
}
""",
})
case("ho_sql_gorm_order_helper_allow", "safe", "sql-injection", "helper", "echo", {
    "main.go": """
package main

import (
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"example.com/precision/ho_sql_gorm_order_helper_allow/repo"
)

var db *gorm.DB

func list(c echo.Context) error {
	return c.JSON(200, repo.Sorted(db, c.QueryParam("order")))
}
""",
    "repo/repo.go": """
package repo

import "gorm.io/gorm"

type Book struct{ Title string }

var orders = map[string]string{"title": "title ASC", "new": "published DESC"}

func Sorted(db *gorm.DB, key string) []Book {
	var out []Book
	order, ok := orders[key]
	if !ok {
		order = "title ASC"
	}
	db.Order(order).Find(&out) //@
	return out
}
""",
})


def write() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir()
    (CASES / "go.mod").write_text("module example.com/precision\n\ngo 1.22\n")
    rows = []
    for n, (name, verdict, klass, construct, framework, files) in enumerate(C):
        labelled = None
        for rel, text in files.items():
            lines = textwrap.dedent(text).lstrip("\n").split("\n")
            for i, line in enumerate(lines):
                if line.rstrip().endswith("//@"):
                    lines[i] = line.rstrip()[: -len("//@")].rstrip()
                    labelled = (f"cases/{name}/{rel}", i + 1)
            path = CASES / name / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(lines))
        assert labelled, f"{name}: no //@ line"
        rows.append(
            {
                "case": f"cases/{name}",
                "file": labelled[0],
                "line": labelled[1],
                "verdict": verdict,
                "class": klass,
                "construct": construct,
                "framework": framework,
                "batch": "held-out" if n >= HELD_OUT_FROM else "tuned",
            }
        )
    with open(HERE / "labels.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    v = sum(r["verdict"] == "vulnerable" for r in rows)
    print(f"wrote {len(rows)} cases ({v} vulnerable, {len(rows) - v} safe)")


if __name__ == "__main__":
    write()
