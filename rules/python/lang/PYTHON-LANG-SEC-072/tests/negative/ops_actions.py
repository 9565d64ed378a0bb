"""Chat-ops actions. The user picks an action by name; every branch runs a fixed command."""

import paramiko


class ActionRunner:
    def __init__(self, hostname):
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        self.client.connect(hostname, username="ops")

    def run_action(self, action):
        if action == "disk":
            _, out, _ = self.client.exec_command("df -h")  # ok: PYTHON-LANG-SEC-072
        elif action == "memory":
            _, out, _ = self.client.exec_command("free -m", timeout=10)  # ok: PYTHON-LANG-SEC-072
        elif action == "restart-web":
            _, out, _ = self.client.exec_command(command="sudo systemctl restart nginx", get_pty=True)  # ok: PYTHON-LANG-SEC-072
        else:
            raise ValueError(f"unknown action: {action}")
        return out.read().decode()

    def meminfo_raw(self):
        chan = self.client.get_transport().open_session()
        chan.exec_command("cat /proc/meminfo")  # ok: PYTHON-LANG-SEC-072
        data = chan.makefile("rb").read()
        chan.close()
        return data

    def close(self):
        self.client.close()
