"""Maintenance helpers used by the ops bot: archive directories, tail logs, measure disk use."""

import shlex

import paramiko


def connect(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops")
    return client


def archive_directory(client, path):
    stdin, stdout, stderr = client.exec_command("tar czf /tmp/archive.tgz " + path)  # expect: PYTHON-LANG-SEC-072
    return stdout.channel.recv_exit_status()


def tail_log(ssh, log_name, lines=100):
    _, stdout, _ = ssh.exec_command(f"tail -n {lines} /var/log/{log_name}")  # expect: PYTHON-LANG-SEC-072
    return stdout.read().decode()


def disk_usage(ssh, path):
    # Quoted, but the rule cannot tell a quoted value from a raw one: review and keep it quoted.
    _, stdout, _ = ssh.exec_command("du -sh " + shlex.quote(path))  # expect: PYTHON-LANG-SEC-072
    return stdout.read().decode().split()[0]
