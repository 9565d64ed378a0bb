package main

import (
	"html/template"

	"github.com/gin-gonic/gin"
)

func preview(c *gin.Context) {
	body := c.PostForm("body")
	c.HTML(200, "preview.tmpl", gin.H{"Body": template.HTML(body)})
}
