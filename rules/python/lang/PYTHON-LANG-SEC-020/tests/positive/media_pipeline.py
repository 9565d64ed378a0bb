"""Media conversion service: the job message names the converter, the files and optional filters."""

import shlex
import subprocess
from subprocess import Popen, check_output

CONVERTERS = "/opt/converters"


def convert(job):
    # The program comes from the message: "converter": "/bin/rm" is accepted as well as "ffmpeg".
    subprocess.run([job["converter"], job["src"], job["dst"]], check=True)  # expect: PYTHON-LANG-SEC-020


def convert_with_filters(src, dst, filters):
    # Same injection as shell=True: the filter text is parsed by bash.
    subprocess.check_call(["bash", "-c", f"ffmpeg -i {src} -vf {filters} {dst}"])  # expect: PYTHON-LANG-SEC-020


def probe(path):
    command = "ffprobe -show_format " + path
    # A command line as one string, built at run time (on Windows it is re-parsed into arguments).
    return check_output(command)  # expect: PYTHON-LANG-SEC-020


def transcode(command_line):
    return Popen(shlex.split(command_line))  # expect: PYTHON-LANG-SEC-020


def transcode_strict(script, env):
    return subprocess.run(["/bin/sh", "-e", "-c", script], env=env)  # expect: PYTHON-LANG-SEC-020


class Thumbnailer:
    def __init__(self, settings):
        self.binary = settings["thumbnail_binary"]

    def run(self, src):
        return subprocess.call(["convert", src, "-thumbnail", "128", src + ".png"], executable=self.binary)  # expect: PYTHON-LANG-SEC-020

    def describe(self, src):
        return subprocess.getoutput("identify " + src)  # expect: PYTHON-LANG-SEC-020
