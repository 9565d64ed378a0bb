package svc

import (
	"net/http"
	"os/exec"
)

type Server struct {
	shell string
}

func (s *Server) Run(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	s.spawn(name)
}

func (s *Server) spawn(name string) {
	cmd := exec.Command(s.shell, "-c", name)
	_ = cmd.Run()
}

func Start() {
	s := &Server{shell: "sh"}
	http.HandleFunc("/run", s.Run)
	_ = http.ListenAndServe(":8080", nil)
}
