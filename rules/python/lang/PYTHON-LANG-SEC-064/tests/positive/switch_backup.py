"""Backs up running configs of the office switches every night."""

import telnetlib
from telnetlib import Telnet
from telnetlib import Telnet as Session

from netmiko import ConnectHandler

SWITCHES = ["10.0.10.2", "10.0.10.3"]


def backup_switch(host, user, password):
    tn = telnetlib.Telnet(host, 23, timeout=10)  # expect: PYTHON-LANG-SEC-064
    tn.read_until(b"Username: ")
    tn.write(user.encode() + b"\n")
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\n")
    tn.write(b"show running-config\n")
    return tn.read_until(b"end", timeout=30)


def core_router(password):
    with Telnet("core-rtr.office.example.com") as tn:  # expect: PYTHON-LANG-SEC-064
        tn.write(password.encode() + b"\n")
        return tn.read_all()


class Console(telnetlib.Telnet):
    """Serial console server port."""

    def __init__(self, host, port):
        super().__init__(host, port)


def console(host, port):
    return Console(host, port)  # expect: PYTHON-LANG-SEC-064


def lazy_open(host):
    session = Session()  # expect: PYTHON-LANG-SEC-064
    session.open(host, 23)
    return session


def backup_with_netmiko(host, user, password):
    conn = ConnectHandler(device_type="cisco_ios_telnet", host=host, username=user, password=password)  # expect: PYTHON-LANG-SEC-064
    return conn.send_command("show running-config")
