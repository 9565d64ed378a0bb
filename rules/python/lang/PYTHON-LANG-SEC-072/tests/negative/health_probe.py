"""Health probe: runs a fixed set of read-only commands on each node and reports the output."""

import json
import sys

import paramiko

NGINX_STATUS = "systemctl status nginx --no-pager"
LIST_CMD = "ls -1 "
LOG_LISTING = LIST_CMD + "/var/log/nginx"


def connect(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="monitor", timeout=10)
    return client


def probe(host):
    client = connect(host)
    report = {}
    _, out, _ = client.exec_command("uptime")  # ok: PYTHON-LANG-SEC-072
    report["uptime"] = out.read().decode().strip()
    _, out, _ = client.exec_command(command="df -h /")  # ok: PYTHON-LANG-SEC-072
    report["disk"] = out.read().decode()
    _, out, _ = client.exec_command(NGINX_STATUS)  # ok: PYTHON-LANG-SEC-072
    report["nginx"] = out.read().decode()
    _, out, _ = client.exec_command(LOG_LISTING, timeout=15)  # ok: PYTHON-LANG-SEC-072
    report["logs"] = out.read().decode().split()
    load_cmd = "cat /proc/loadavg"
    _, out, _ = client.exec_command(load_cmd)  # ok: PYTHON-LANG-SEC-072
    report["load"] = out.read().decode().split()[:3]
    client.close()
    return report


if __name__ == "__main__":
    print(json.dumps({host: probe(host) for host in sys.argv[1:]}, indent=2))
