"""Run ad-hoc commands across the fleet on behalf of the chat-ops bot."""

import sys

import paramiko

SCRIPT_DIR = "/opt/ops/scripts/"


class RemoteHost:
    def __init__(self, hostname):
        self.hostname = hostname
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        self.client.connect(hostname, username="ops")

    def run(self, command, timeout=30):
        stdin, stdout, stderr = self.client.exec_command(command, timeout=timeout)  # expect: PYTHON-LANG-SEC-072
        return stdout.channel.recv_exit_status(), stdout.read(), stderr.read()

    def restart(self, service):
        self.client.exec_command(command="sudo systemctl restart %s" % service)  # expect: PYTHON-LANG-SEC-072

    def run_script(self, name, args):
        cmd = " ".join([SCRIPT_DIR + name, *args])
        return self.client.exec_command(cmd, get_pty=True)  # expect: PYTHON-LANG-SEC-072


if __name__ == "__main__":
    host, user_cmd = sys.argv[1], sys.argv[2]
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(host, username="ops")
    _, out, err = ssh.exec_command(command=user_cmd)  # expect: PYTHON-LANG-SEC-072
    sys.stdout.write(out.read().decode())
