package main

import (
	"github.com/gin-gonic/gin"
	"github.com/go-resty/resty/v2"
)

var api = resty.New()

func avatar(c *gin.Context) {
	resp, err := api.R().SetPathParam("user", c.Query("user")).Get("https://avatars.example.com/{user}.png")
	if err != nil {
		c.AbortWithStatus(502)
		return
	}
	c.Data(200, "image/png", resp.Body())
}
