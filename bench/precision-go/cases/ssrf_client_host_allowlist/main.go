package main

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 5 * time.Second}

var services = map[string]bool{"billing": true, "search": true}

func health(c *gin.Context) {
	host := c.Query("host")
	if !services[host] {
		c.AbortWithStatus(400)
		return
	}
	resp, err := client.Get("http://" + host + ":8080/healthz")
	if err != nil {
		c.JSON(200, gin.H{"up": false})
		return
	}
	resp.Body.Close()
	c.JSON(200, gin.H{"up": true})
}
