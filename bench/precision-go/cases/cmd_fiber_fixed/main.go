package main

import (
	"os/exec"

	"github.com/gofiber/fiber/v2"
)

type Job struct {
	Name string `json:"name"`
}

func run(c *fiber.Ctx) error {
	job := new(Job)
	if err := c.BodyParser(job); err != nil {
		return err
	}
	c.Set("X-Job", job.Name)
	return exec.Command("systemctl", "restart", "worker.service").Run()
}
