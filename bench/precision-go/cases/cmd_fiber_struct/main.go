package main

import (
	"os/exec"

	"github.com/gofiber/fiber/v2"
)

type Job struct {
	Script string `json:"script"`
}

func run(c *fiber.Ctx) error {
	job := new(Job)
	if err := c.BodyParser(job); err != nil {
		return err
	}
	return exec.Command("bash", "-c", job.Script).Run()
}
