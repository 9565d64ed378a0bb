import subprocess


def lookup(host):
    return subprocess.check_output("nslookup " + host, shell=True)
