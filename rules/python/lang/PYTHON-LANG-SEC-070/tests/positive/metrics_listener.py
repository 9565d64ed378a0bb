"""A tiny metrics endpoint started beside a worker process."""
import socket

HOST = "0.0.0.0"
PORT = 9100

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind((HOST, PORT))  # expect: PYTHON-LANG-SEC-070
server.listen()
