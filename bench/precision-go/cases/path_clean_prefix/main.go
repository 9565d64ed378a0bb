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
	f, err := os.Create(dest)
	if err != nil {
		c.AbortWithStatus(500)
		return
	}
	defer f.Close()
}
