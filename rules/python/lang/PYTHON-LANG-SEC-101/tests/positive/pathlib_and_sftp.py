"""Log directory setup with pathlib, and a publisher that pushes files over SFTP."""

import os
from pathlib import Path

import paramiko

LOG_DIR = Path("/var/log/myapp")


class LogSetup:
    def __init__(self, root: Path):
        self.root = root

    def ensure(self):
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o777)  # expect: PYTHON-LANG-SEC-101
        (self.root / "app.log").touch()
        Path(self.root, "app.log").chmod(0o664)  # expect: PYTHON-LANG-SEC-101


def publish(host, local, remote):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy")
    sftp = client.open_sftp()
    sftp.put(local, remote)
    sftp.chmod(remote, 0o766)  # expect: PYTHON-LANG-SEC-101
    sftp.close()


def daemonize():
    if os.fork():
        os._exit(0)
    os.setsid()
    # umask(0) makes every later file world-writable, but the same call is the usual idiom to *read* the umask
    # (mask = os.umask(0); os.umask(mask)); telling them apart needs to know whether the result is used.
    os.umask(0)  # todoruleid: PYTHON-LANG-SEC-101
    os.chdir("/")
