import os
import subprocess

from flask import request

from app.util import clean


def run_command():
    cmd = request.args.get("cmd")
    os.system(cmd)


def helper(x):
    return clean(x)


class Handler:
    def __init__(self, name):
        self.name = name

    def handle(self):
        return helper(self.name)

    def spawn(self, args):
        subprocess.call(args, shell=True)
