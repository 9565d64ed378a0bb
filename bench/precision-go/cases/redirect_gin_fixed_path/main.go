package main

import "github.com/gin-gonic/gin"

func back(c *gin.Context) {
	c.Redirect(302, "/items/"+c.Param("id")+"/edit")
}
