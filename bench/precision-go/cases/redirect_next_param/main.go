package main

import "net/http"

func login(w http.ResponseWriter, r *http.Request) {
	// ... credentials checked ...
	next := r.FormValue("next")
	http.Redirect(w, r, next, http.StatusSeeOther)
}
