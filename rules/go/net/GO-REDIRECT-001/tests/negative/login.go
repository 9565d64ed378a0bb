package app

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

func afterLogin(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	u, err := url.Parse(next)
	if err != nil || u.Host != "" || u.Scheme != "" {
		next = "/"
	}
	// ok: GO-REDIRECT-001
	http.Redirect(w, r, next, http.StatusFound)
}

func logout(c echo.Context) error {
	// ok: GO-REDIRECT-001
	return c.Redirect(http.StatusSeeOther, "/login?user="+url.QueryEscape(c.QueryParam("user")))
}

func profile(w http.ResponseWriter, r *http.Request) {
	// ok: GO-REDIRECT-001
	http.Redirect(w, r, "/users/"+r.FormValue("id"), http.StatusFound)
}
