package app

import (
	"net/url"

	"github.com/gin-gonic/gin"
	"github.com/go-resty/resty/v2"
)

var client = resty.New()

var allowedHosts = map[string]bool{"api.partner.example": true}

func fetch(c *gin.Context) {
	id := c.Query("id")
	// ok: GO-SSRF-001
	resp, err := client.R().SetHeader("Accept", "application/json").Get("https://api.partner.example/items/" + id)
	if err != nil {
		c.AbortWithStatus(502)
		return
	}
	c.Data(200, "application/json", resp.Body())
}

func webhook(c *gin.Context) {
	target := c.Query("callback")
	u, err := url.Parse(target)
	if err != nil || !allowedHosts[u.Host] {
		c.AbortWithStatus(400)
		return
	}
	// ok: GO-SSRF-001
	client.R().Post(target)
}
