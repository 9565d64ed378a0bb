"""Settings that list the real host and then a catch-all."""

ALLOWED_HOSTS = ("shop.example.com", "www.shop.example.com", "*")  # expect: PYTHON-DJANGO-SEC-090
