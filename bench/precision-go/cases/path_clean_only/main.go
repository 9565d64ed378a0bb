package main

import (
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

func upload(c *gin.Context) {
	dest := filepath.Clean(c.PostForm("dest"))
	f, err := os.Create(dest)
	if err != nil {
		c.AbortWithStatus(500)
		return
	}
	defer f.Close()
}
