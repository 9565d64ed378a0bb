package main

import "github.com/gin-gonic/gin"

func back(c *gin.Context) {
	c.Redirect(302, c.GetHeader("Referer"))
}
