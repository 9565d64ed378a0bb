"""Deploy helper for a static site."""

import subprocess as sp


class Deployer:
    def __init__(self, build_dir):
        self.build_dir = build_dir

    def package(self):
        sp.check_call(["zip -r site.zip *"], shell=True, cwd=self.build_dir)  # expect: PYTHON-LANG-SEC-013

    def publish(self):
        return sp.Popen("scp * deploy@web1:/var/www/", shell=True, cwd=self.build_dir)  # expect: PYTHON-LANG-SEC-013
