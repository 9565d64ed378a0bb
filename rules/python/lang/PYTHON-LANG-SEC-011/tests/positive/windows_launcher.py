"""Launches a user-chosen helper on Windows build agents."""

import os


class Launcher:
    def __init__(self, settings):
        self.helper = settings.get("helper_path")

    def start(self, args):
        os.execv(self.helper, [self.helper, *args])  # expect: PYTHON-LANG-SEC-011

    def start_batch(self, batch_line):
        os.execv("C:\\Windows\\System32\\cmd.exe", ["cmd.exe", "/c", batch_line])  # expect: PYTHON-LANG-SEC-011
