"""Worker start-up: logging can be reconfigured at run time by the operations console."""

import logging
import logging.config

LOG_CONFIG_PORT = 9030


def start_config_listener():
    thread = logging.config.listen(LOG_CONFIG_PORT)  # expect: PYTHON-LANG-SEC-104
    thread.daemon = True
    thread.start()
    return thread


def start_default_listener():
    # Default port 9030, no verification.
    listener = logging.config.listen()  # expect: PYTHON-LANG-SEC-104
    listener.start()
    logging.getLogger(__name__).info("logging config listener started")
    return listener
