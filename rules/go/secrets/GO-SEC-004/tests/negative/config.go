package config

import (
	"flag"
	"os"
)

type Config struct {
	Password      string
	PasswordFile  string
	TokenURL      string
	SecretName    string
	TokenType     string
	APIKeyHeader  string
	MinPasswordLen int
}

// Names of environment variables and form fields, not credentials.
const (
	// ok: GO-SEC-004
	PasswordEnv = "DB_PASSWORD"
	// ok: GO-SEC-004
	passwordField = "password"
	// ok: GO-SEC-004
	tokenKey = "accessToken"
	// ok: GO-SEC-004
	apiKeyHeader = "X-Api-Key"
	// ok: GO-SEC-004
	fakeConnectionToken = "X-Fake-Connection-Token"
	// ok: GO-SEC-004
	HeaderXCSRFToken = "X-CSRF-Token"
)

// ok: GO-SEC-004
var defaultPassword = ""

func FromEnvironment() Config {
	// ok: GO-SEC-004
	password := os.Getenv("DB_PASSWORD")
	// ok: GO-SEC-004
	token := flag.String("token", "", "API token")
	_ = token
	return Config{
		// ok: GO-SEC-004
		Password: password,
		// ok: GO-SEC-004
		PasswordFile: "/run/secrets/db_password",
		// ok: GO-SEC-004
		TokenURL: "https://auth.example.com/oauth/token",
		// ok: GO-SEC-004
		SecretName: "prod-db-credentials",
		// ok: GO-SEC-004
		TokenType: "Bearer",
	}
}

func Placeholders(cfg *Config) map[string]string {
	// ok: GO-SEC-004
	cfg.Password = "<your-password-here>"
	// ok: GO-SEC-004
	secret := "${APP_SECRET}"
	_ = secret
	return map[string]string{
		// ok: GO-SEC-004
		"password": "changeme",
		// ok: GO-SEC-004
		"api_key": "********",
		// ok: GO-SEC-004
		"token": "%s",
	}
}

func Messages() {
	// ok: GO-SEC-004
	tokenMessage := "Enter your access token"
	_ = tokenMessage
	// ok: GO-SEC-004
	username := "admin-2024"
	_ = username
}
