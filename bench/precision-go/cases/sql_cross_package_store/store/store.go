package store

import "database/sql"

var DB *sql.DB

func FindByName(name string) {
	rows, err := DB.Query("SELECT id FROM people WHERE name = '" + name + "'")
	if err == nil {
		rows.Close()
	}
}
