package app

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const uploads = "/srv/uploads"

func download(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// ok: GO-PATH-001
	data, err := os.ReadFile(filepath.Join(uploads, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func serve(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(uploads, r.URL.Path)
	if !strings.HasPrefix(p, uploads+string(os.PathSeparator)) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ok: GO-PATH-001
	http.ServeFile(w, r, p)
}

func remove(c *gin.Context) {
	p := filepath.Join(uploads, c.Param("path"))
	if strings.HasPrefix(p, uploads+"/") {
		// ok: GO-PATH-001
		os.Remove(p)
	}
}
