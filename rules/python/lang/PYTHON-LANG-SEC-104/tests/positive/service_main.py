"""Service entry point with several ways of starting the logging listener."""

import logging.config as logcfg
from logging.config import listen as listen_for_logging_config

import settings


class LoggingControl:
    def __init__(self, port):
        self.port = port
        self.thread = None

    def enable(self):
        self.thread = listen_for_logging_config(port=self.port, verify=None)  # expect: PYTHON-LANG-SEC-104
        self.thread.start()

    def enable_legacy(self):
        self.thread = logcfg.listen(settings.LOG_PORT, None)  # expect: PYTHON-LANG-SEC-104
        self.thread.start()

    def disable(self):
        logcfg.stopListening()
        self.thread.join()
