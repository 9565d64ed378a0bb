"""Logging that names the event and the user, never the secret."""

import logging

logger = logging.getLogger(__name__)


def mask(value):
    return value[:4] + "..." if value else ""


def login(username, password, user):
    logger.info("User %s logged in", username)  # ok: PYTHON-LANG-SEC-105
    logging.info(f"User {user} logged in")  # ok: PYTHON-LANG-SEC-105
    logger.warning("Invalid password for user %s", username)  # ok: PYTHON-LANG-SEC-105
    logger.debug("Password length: %d", len(password))  # ok: PYTHON-LANG-SEC-105
    logger.info("Password changed for %s", user.email)  # ok: PYTHON-LANG-SEC-105


def issue(token):
    logger.info("Issued token %s", mask(token))  # ok: PYTHON-LANG-SEC-105
    return token


def tokenizer_stats(num_tokens, vocabulary):
    logger.info("tokens processed: %d, vocabulary size %d", num_tokens, len(vocabulary))  # ok: PYTHON-LANG-SEC-105


def paginate(client, next_page_token):
    logger.debug("fetching page %s", next_page_token)  # ok: PYTHON-LANG-SEC-105
    return client.list(page_token=next_page_token)


class Catalog:
    def info(self, *items):
        return items


def describe(catalog: Catalog, password_policy_doc):
    # Not a logger: a catalog object with an info() method.
    return catalog.info(password_policy_doc)  # ok: PYTHON-LANG-SEC-105


def store(secret_value):
    print("stored")  # ok: PYTHON-LANG-SEC-105
    logger.info("secret stored for tenant %s", "acme")  # ok: PYTHON-LANG-SEC-105
    return secret_value
