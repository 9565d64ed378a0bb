"""Service configuration with credentials written into the code."""

import stripe

DB_PASSWORD = "Pg_8c1f0d2e"  # expect: PYTHON-LANG-SEC-114
STRIPE_API_KEY = "sk_live_51HxQ2eKz8d7"  # expect: PYTHON-LANG-SEC-114
stripe.api_key = STRIPE_API_KEY  # expect: PYTHON-LANG-SEC-114


class ProductionConfig:
    SECRET_KEY = "9f8e7d6c5b4a39281706"  # expect: PYTHON-LANG-SEC-114
    MAIL_PASSWORD: str = "Mailer2024!"  # expect: PYTHON-LANG-SEC-114


class GithubClient:
    def __init__(self):
        self.token = "ghp_4f3e2d1c0b9a8f7e6d5c"  # expect: PYTHON-LANG-SEC-114


def connect():
    adminPassword = "Adm1n#2023"  # expect: PYTHON-LANG-SEC-114
    return adminPassword
