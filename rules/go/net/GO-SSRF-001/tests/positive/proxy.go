package app

import (
	"github.com/gin-gonic/gin"
	"github.com/go-resty/resty/v2"
)

var client = resty.New()

func fetch(c *gin.Context) {
	target := c.Query("url")
	// ruleid: GO-SSRF-001
	resp, err := client.R().SetHeader("Accept", "application/json").Get(target)
	if err != nil {
		c.AbortWithStatus(502)
		return
	}
	c.Data(200, "application/json", resp.Body())
}

func webhook(c *gin.Context) {
	var req struct {
		Callback string `json:"callback"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	// ruleid: GO-SSRF-001
	client.R().SetBody(map[string]string{"status": "ok"}).Post(req.Callback)
}
