package main

import (
	"os/exec"

	"github.com/gin-gonic/gin"
)

func thumbnail(c *gin.Context) {
	args := []string{"-thumbnail", "128x128"}
	args = append(args, c.PostForm("source"), "/tmp/thumb.png")
	cmd := exec.Command("convert", args...)
	if err := cmd.Run(); err != nil {
		c.AbortWithStatus(500)
	}
}
