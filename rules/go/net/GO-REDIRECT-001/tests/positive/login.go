package app

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func afterLogin(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// ruleid: GO-REDIRECT-001
	http.Redirect(w, r, next, http.StatusFound)
}

func logout(c echo.Context) error {
	// ruleid: GO-REDIRECT-001
	return c.Redirect(http.StatusSeeOther, c.QueryParam("return_to"))
}

func relative(w http.ResponseWriter, r *http.Request) {
	// "/" followed by "/evil.example" is a protocol-relative URL to another host.
	// ruleid: GO-REDIRECT-001
	http.Redirect(w, r, "/"+r.FormValue("to"), http.StatusFound)
}
