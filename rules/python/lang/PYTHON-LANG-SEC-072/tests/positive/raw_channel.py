"""Fetch files through a bare Transport/Channel, for servers where SFTP is disabled."""

import socket

import paramiko


def open_transport(host, username, key_path):
    sock = socket.create_connection((host, 22), timeout=10)
    transport = paramiko.Transport(sock)
    transport.start_client()
    transport.auth_publickey(username, paramiko.Ed25519Key.from_private_key_file(key_path))
    return transport


def fetch(transport, remote_path):
    chan = transport.open_session()
    chan.exec_command("cat {}".format(remote_path))  # expect: PYTHON-LANG-SEC-072
    chunks = []
    while True:
        data = chan.recv(32768)
        if not data:
            break
        chunks.append(data)
    chan.close()
    return b"".join(chunks)
