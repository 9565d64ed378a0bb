"""Operations scripts: alert mails, nightly FTP backup, host maintenance and an admin bootstrap."""

import argparse
import ftplib
import smtplib

import ldap
import paramiko
import requests
from flask import Flask
from requests.auth import HTTPBasicAuth

app = Flask(__name__)
app.config["MAIL_PASSWORD"] = "mailpass123"  # expect: PYTHON-LANG-SEC-102


def send_alert(text):
    with smtplib.SMTP("smtp.example.com", 587) as smtp:
        smtp.starttls()
        smtp.login("alerts@example.com", "mailpass123")  # expect: PYTHON-LANG-SEC-102
        smtp.sendmail("alerts@example.com", ["ops@example.com"], text)


def backup(path):
    ftp = ftplib.FTP("ftp.example.com", "backup", "backup2023")  # expect: PYTHON-LANG-SEC-102
    with open(path, "rb") as fh:
        ftp.storbinary("STOR nightly.tgz", fh)


def reboot(host):
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(host, 22, "root", "toor")  # expect: PYTHON-LANG-SEC-102
    ssh.exec_command("reboot")


def status():
    return requests.get("https://monitor.example.com/api/status", auth=HTTPBasicAuth("api", "k3y!")).json()  # expect: PYTHON-LANG-SEC-102


def directory_admin():
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.simple_bind_s("cn=admin,dc=example,dc=org", "adminpw")  # expect: PYTHON-LANG-SEC-102
    return conn


def bootstrap_admin(user_model):
    admin = user_model(username="admin", is_superuser=True)
    admin.set_password("welcome1")  # expect: PYTHON-LANG-SEC-102
    admin.save()


def cli():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db-password", default="admin")  # expect: PYTHON-LANG-SEC-102
    return parser.parse_args()
