package repo

import "gorm.io/gorm"

type Book struct{ Title string }

func Sorted(db *gorm.DB, order string) []Book {
	var out []Book
	db.Order(order).Find(&out)
	return out
}
