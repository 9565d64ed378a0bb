"""Safe look-alikes: FTPS with a protected data channel, SFTP, and a local test FTP server."""

import ftplib
import io
from ftplib import FTP, FTP_TLS

import paramiko

PARTNER_HOST = "ftp.partner.example.com"


def upload_invoices(files, user, password):
    with FTP_TLS(PARTNER_HOST, timeout=30) as ftps:  # ok: PYTHON-LANG-SEC-063
        ftps.login(user, password)
        ftps.prot_p()
        for name, content in files.items():
            ftps.storbinary(f"STOR {name}", io.BytesIO(content))


def list_outbox(user, password):
    ftps = ftplib.FTP_TLS()  # ok: PYTHON-LANG-SEC-063
    ftps.connect(PARTNER_HOST, 21)
    ftps.login(user, password)
    ftps.prot_p()
    return ftps.nlst("/outbox")


class SecureMirror(ftplib.FTP_TLS):
    def __init__(self, host):
        super().__init__(host)


def mirror():
    return SecureMirror(PARTNER_HOST)  # ok: PYTHON-LANG-SEC-063


def sftp_upload(host, user, key_path, local, remote):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=user, key_filename=key_path)
    with client.open_sftp() as sftp:
        sftp.put(local, remote)  # ok: PYTHON-LANG-SEC-063


def local_test_server():
    # pyftpdlib test server started by the test-suite on this machine.
    return FTP("127.0.0.1", timeout=5)  # ok: PYTHON-LANG-SEC-063


def local_by_name():
    return ftplib.FTP(host="localhost")  # ok: PYTHON-LANG-SEC-063
