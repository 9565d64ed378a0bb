package main

import (
	"crypto/md5"
	"fmt"
	"strings"

	"github.com/gin-gonic/gin"
)

func profile(c *gin.Context) {
	email := strings.ToLower(strings.TrimSpace(c.PostForm("email")))
	hash := fmt.Sprintf("%x", md5.Sum([]byte(email)))
	c.JSON(200, gin.H{"avatar": "https://www.gravatar.com/avatar/" + hash})
}
