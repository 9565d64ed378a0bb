package app

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

const uploads = "/srv/uploads"

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// ruleid: GO-PATH-001
	data, err := os.ReadFile(filepath.Join(uploads, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func serve(w http.ResponseWriter, r *http.Request) {
	// ruleid: GO-PATH-001
	http.ServeFile(w, r, uploads+"/"+r.URL.Path)
}

func remove(c *gin.Context) {
	p := filepath.Clean(c.Param("path"))
	// ruleid: GO-PATH-001
	os.Remove(p)
}
