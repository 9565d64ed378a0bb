package main

import "github.com/gofiber/fiber/v2"

func out(c *fiber.Ctx) error {
	return c.Redirect(c.Query("url"))
}
