package main

import (
	"crypto/md5"
	"fmt"

	"github.com/gin-gonic/gin"
)

func reset(c *gin.Context) {
	pw := c.PostForm("new_password")
	hash := fmt.Sprintf("%x", md5.Sum([]byte(pw)))
	c.JSON(200, gin.H{"stored": len(hash) > 0})
}
