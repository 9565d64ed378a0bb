"""Uploads nightly invoices to partners that still run FTP servers."""

import ftplib
import io
from ftplib import FTP
from ftplib import FTP as PlainFTP

PARTNER_HOST = "ftp.partner.example.com"


def upload_invoices(files, user, password):
    with FTP(PARTNER_HOST, user, password, timeout=30) as ftp:  # expect: PYTHON-LANG-SEC-063
        ftp.cwd("/incoming")
        for name, content in files.items():
            ftp.storbinary(f"STOR {name}", io.BytesIO(content))


def list_outbox(host, user, password):
    ftp = ftplib.FTP()  # expect: PYTHON-LANG-SEC-063
    ftp.connect(host, 21)
    ftp.login(user, password)
    return ftp.nlst("/outbox")


class ArchiveMirror(ftplib.FTP):
    """FTP session that remembers where it mirrors to."""

    def __init__(self, host, target_dir):
        super().__init__(host)
        self.target_dir = target_dir


def mirror(host):
    return ArchiveMirror(host, "/srv/mirror")  # expect: PYTHON-LANG-SEC-063


def legacy(user, password):
    session = PlainFTP(host="10.1.2.3", user=user, passwd=password)  # expect: PYTHON-LANG-SEC-063
    return session.pwd()
