package app

import (
	"html"
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

var page = template.Must(template.New("p").Parse(`<h1>{{.Title}}</h1>`))

func show(w http.ResponseWriter, r *http.Request) {
	// The template escapes a plain string.
	page.Execute(w, map[string]string{"Title": r.URL.Query().Get("title")})
	// ok: GO-XSS-001
	banner := template.HTML("<b>" + html.EscapeString(r.URL.Query().Get("name")) + "</b>")
	page.Execute(w, banner)
}

func embed(c *gin.Context) {
	// ok: GO-XSS-001
	c.HTML(200, "embed.tmpl", gin.H{"notice": template.HTML("<em>static notice</em>")})
}
