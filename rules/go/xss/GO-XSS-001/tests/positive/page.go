package app

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

var page = template.Must(template.New("p").Parse(`<h1>{{.Title}}</h1><div>{{.Bio}}</div>`))

type profile struct {
	Title template.HTML
	Bio   template.HTML
}

func show(w http.ResponseWriter, r *http.Request) {
	data := profile{
		// ruleid: GO-XSS-001
		Title: template.HTML(r.URL.Query().Get("title")),
		Bio:   "<p>no bio</p>",
	}
	page.Execute(w, data)
}

func embed(c *gin.Context) {
	// ruleid: GO-XSS-001
	c.HTML(200, "embed.tmpl", gin.H{"src": template.URL(c.Query("src"))})
}
