package app

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
)

func preview(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	// ok: GO-SSRF-002
	resp, err := http.Get(fmt.Sprintf("https://cdn.example.com/previews/%s.png", id))
	if err != nil {
		http.Error(w, "fetch failed", 502)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func forward(w http.ResponseWriter, r *http.Request) {
	raw := r.Header.Get("X-Upstream")
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() != "status.internal.example" {
		http.Error(w, "bad upstream", 400)
		return
	}
	// ok: GO-SSRF-002
	req, _ := http.NewRequestWithContext(r.Context(), "GET", raw, nil)
	http.DefaultClient.Do(req)
}
