package app

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func ping(c *gin.Context) {
	host := c.Query("host")
	// ruleid: GO-SEC-002
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	c.String(200, string(out))
}

func convert(w http.ResponseWriter, r *http.Request) {
	args := []string{"-resize", "50%"}
	args = append(args, r.FormValue("file"))
	// ruleid: GO-SEC-002
	cmd := exec.CommandContext(r.Context(), "convert", args...)
	cmd.Run()
}
