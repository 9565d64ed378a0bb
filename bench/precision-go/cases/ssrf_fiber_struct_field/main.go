package main

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
)

type Hook struct {
	URL   string `json:"url"`
	Event string `json:"event"`
}

func test(c *fiber.Ctx) error {
	var h Hook
	if err := c.BodyParser(&h); err != nil {
		return err
	}
	resp, err := http.Post(h.URL, "application/json", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
