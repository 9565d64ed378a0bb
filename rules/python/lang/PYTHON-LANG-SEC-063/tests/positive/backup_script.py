#!/usr/bin/env python3
"""Nightly backup: pushes the database dump to the offsite FTP server."""

import ftplib
import os
import sys

OFFSITE = "backup.offsite.example.com"

if __name__ == "__main__":
    dump = sys.argv[1]
    with ftplib.FTP(OFFSITE, os.environ["FTP_USER"], os.environ["FTP_PASSWORD"]) as ftp:  # expect: PYTHON-LANG-SEC-063
        with open(dump, "rb") as fh:
            ftp.storbinary("STOR " + os.path.basename(dump), fh)
