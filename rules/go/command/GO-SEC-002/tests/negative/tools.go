package app

import (
	"net/http"
	"os/exec"
	"strconv"

	"github.com/gin-gonic/gin"
)

var tools = map[string]string{"uptime": "/usr/bin/uptime", "disk": "/bin/df"}

func run(c *gin.Context) {
	path, ok := tools[c.Query("tool")]
	if !ok {
		c.AbortWithStatus(404)
		return
	}
	// ok: GO-SEC-002
	out, _ := exec.Command(path).Output()
	c.String(200, string(out))
}

func tail(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.FormValue("lines"))
	if err != nil {
		http.Error(w, "bad count", 400)
		return
	}
	// ok: GO-SEC-002
	cmd := exec.CommandContext(r.Context(), "tail", "-n", strconv.Itoa(n), "/var/log/app.log")
	cmd.Run()
}
