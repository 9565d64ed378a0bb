"""Safe look-alikes: SSH to the switches, and telnet only to a local simulator."""

import telnetlib

import paramiko
from netmiko import ConnectHandler


def backup_switch(host, user, key_path):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=user, key_filename=key_path)  # ok: PYTHON-LANG-SEC-064
    _, out, _ = client.exec_command("show running-config")
    return out.read()


def backup_with_netmiko(host, user, password):
    conn = ConnectHandler(device_type="cisco_ios", host=host, username=user, password=password)  # ok: PYTHON-LANG-SEC-064
    return conn.send_command("show running-config")


def juniper(host, user, password):
    return ConnectHandler(device_type="juniper_junos", host=host, username=user, password=password)  # ok: PYTHON-LANG-SEC-064


def simulator():
    # The device simulator runs on this machine for the test-suite.
    return telnetlib.Telnet("127.0.0.1", 2323, timeout=5)  # ok: PYTHON-LANG-SEC-064


def simulator_by_name():
    return telnetlib.Telnet(host="localhost", port=2323)  # ok: PYTHON-LANG-SEC-064


def banner_grab(sock):
    return sock.recv(1024)  # ok: PYTHON-LANG-SEC-064
