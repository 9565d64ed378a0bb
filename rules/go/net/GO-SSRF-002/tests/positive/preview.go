package app

import (
	"io"
	"net/http"
)

func preview(w http.ResponseWriter, r *http.Request) {
	link := r.FormValue("link")
	// ruleid: GO-SSRF-002
	resp, err := http.Get(link)
	if err != nil {
		http.Error(w, "fetch failed", 502)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func forward(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Upstream")
	// ruleid: GO-SSRF-002
	req, _ := http.NewRequestWithContext(r.Context(), "GET", "http://"+host+"/status", nil)
	http.DefaultClient.Do(req)
}
