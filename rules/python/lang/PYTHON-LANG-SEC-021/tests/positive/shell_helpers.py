"""Small shell helpers shared by deployment scripts."""

import subprocess


def sh(cmd, cwd=None):
    return subprocess.run(cmd, shell=True, cwd=cwd, check=True, capture_output=True, text=True).stdout  # expect: PYTHON-LANG-SEC-021


def sh_keyword(cmd):
    return subprocess.Popen(args=cmd, shell=True, stdout=subprocess.PIPE)  # expect: PYTHON-LANG-SEC-021


class Service:
    def __init__(self, name):
        self.name = name
        self.restart_template = "systemctl restart {}"

    def restart(self):
        return subprocess.check_output(self.restart_template.format(self.name), shell=True)  # expect: PYTHON-LANG-SEC-021


if __name__ == "__main__":
    import sys

    subprocess.run(" ".join(sys.argv[1:]), shell=True, check=True)  # expect: PYTHON-LANG-SEC-021
