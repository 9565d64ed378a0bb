package main

import (
	"html/template"

	"github.com/gin-gonic/gin"
)

const footer = template.HTML("<small>&copy; Example</small>")

func preview(c *gin.Context) {
	body := c.PostForm("body")
	c.HTML(200, "preview.tmpl", gin.H{"Body": body, "Footer": template.HTML("<hr>")})
	_ = footer
}
