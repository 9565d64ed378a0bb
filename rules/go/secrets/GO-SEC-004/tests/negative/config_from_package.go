package config

import "example.com/go-sec-004/negative/defaults"

func FromDefaults() Config {
	// The literal lives in the defaults package; it is reported there.
	// ok: GO-SEC-004
	password := defaults.Password
	// ok: GO-SEC-004
	secret, err := loadSecret("db")
	_ = err
	return Config{Password: password, SecretName: secret}
}

func loadSecret(name string) (string, error) { return name, nil }
