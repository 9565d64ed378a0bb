package main

import (
	"os/exec"
	"strconv"

	"github.com/gin-gonic/gin"
)

func thumbnail(c *gin.Context) {
	size, err := strconv.Atoi(c.PostForm("size"))
	if err != nil || size > 1024 {
		c.AbortWithStatus(400)
		return
	}
	dim := strconv.Itoa(size) + "x" + strconv.Itoa(size)
	cmd := exec.Command("convert", "-thumbnail", dim, "/srv/in.png", "/tmp/thumb.png")
	if err := cmd.Run(); err != nil {
		c.AbortWithStatus(500)
	}
}
