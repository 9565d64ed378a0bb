package main

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 5 * time.Second}

func health(c *gin.Context) {
	host := c.Query("host")
	resp, err := client.Get("http://" + host + ":8080/healthz")
	if err != nil {
		c.JSON(200, gin.H{"up": false})
		return
	}
	resp.Body.Close()
	c.JSON(200, gin.H{"up": true})
}
