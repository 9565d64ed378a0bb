package main

import (
	"net/http"
	"strings"

	"github.com/gofiber/fiber/v2"
)

type Hook struct {
	URL   string `json:"url"`
	Event string `json:"event"`
}

const collector = "https://events.example.com/ingest"

func test(c *fiber.Ctx) error {
	var h Hook
	if err := c.BodyParser(&h); err != nil {
		return err
	}
	resp, err := http.Post(collector, "application/json", strings.NewReader(h.Event))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
