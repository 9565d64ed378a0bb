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
	db.Order(order).Find(&out)
	return out
}
