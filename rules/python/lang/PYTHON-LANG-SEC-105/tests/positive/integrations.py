"""Third-party integrations: payment provider, object storage and the admin web app."""

import logging

from flask import Flask
from loguru import logger

import settings

LOGGER = logging.getLogger("integrations")
app = Flask(__name__)


def payment_client(credentials):
    LOGGER.info("Using payment credentials %s", credentials)  # expect: PYTHON-LANG-SEC-105
    return credentials


def show_config():
    app.logger.debug("SECRET_KEY is %s", settings.SECRET_KEY)  # expect: PYTHON-LANG-SEC-105


def refresh(refresh_token):
    logging.log(logging.DEBUG, "refreshing with refresh_token=%s", refresh_token)  # expect: PYTHON-LANG-SEC-105


def call_storage(access_token):
    logger.info(f"Authorization: Bearer {access_token}")  # expect: PYTHON-LANG-SEC-105


def load_signing_key(private_key_pem):
    audit_log = logging.getLogger("audit")
    audit_log.critical("signing key loaded: %s", private_key_pem)  # expect: PYTHON-LANG-SEC-105
    return private_key_pem
