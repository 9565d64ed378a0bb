package config

import "database/sql"

// ruleid: GO-SEC-004
const apiKey = "sk_live_51H8xYzQk2LmN0pQrStUvWx"

var (
	// ruleid: GO-SEC-004
	DBPassword = "Pr0d-db-2024!"
	// ruleid: GO-SEC-004
	jwtSecret string = "c2VjcmV0LXNpZ25pbmcta2V5LTk4NzY1"
)

type Config struct {
	Host     string
	Password string
	APIToken string
}

func Default() Config {
	return Config{
		Host: "db.internal",
		// ruleid: GO-SEC-004
		Password: "hunter2-Winter!",
	}
}

func Connect() (*sql.DB, error) {
	// ruleid: GO-SEC-004
	password := "s3cr3t-P@ss"
	return sql.Open("postgres", "host=db user=app password="+password)
}

func Set(cfg *Config) {
	// ruleid: GO-SEC-004
	cfg.APIToken = "ghp_4f9Kx2LmQ8rT1vW7yZ3aB6cD0eF5gH"
}

func Headers() map[string]string {
	return map[string]string{
		"Accept": "application/json",
		// ruleid: GO-SEC-004
		"api_key": "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY",
	}
}

func Fill(m map[string]string) {
	// ruleid: GO-SEC-004
	m["client_secret"] = "9f8e7d6c5b4a39281706f5e4"
}

var accounts = []Config{
	// ruleid: GO-SEC-004
	{Host: "a", Password: "Adm1n-Passw0rd"},
}
