"""LAN discovery: answers "who is there?" probes and listens for peer beacons."""

import json
import socket as net
import struct
from socket import INADDR_ANY

DISCOVERY_PORT = 50222
BEACON_PORT = 50223
BEACON_GROUP = "239.255.42.99"


class DiscoveryResponder:
    """Replies to UDP probes with this node's name and service port."""

    def __init__(self, node_name, service_port, port=DISCOVERY_PORT):
        self.node_name = node_name
        self.service_port = service_port
        self.port = port
        self.bind_addr = "0.0.0.0"
        self.sock = net.socket(net.AF_INET, net.SOCK_DGRAM)

    def start(self):
        self.sock.setsockopt(net.SOL_SOCKET, net.SO_REUSEADDR, 1)
        self.sock.bind((self.bind_addr, self.port))  # expect: PYTHON-LANG-SEC-070

    def serve_once(self):
        probe, sender = self.sock.recvfrom(512)
        if probe.strip() == b"WHO":
            reply = {"node": self.node_name, "port": self.service_port}
            self.sock.sendto(json.dumps(reply).encode(), sender)


def open_mdns_socket():
    addr = ("0:0:0:0:0:0:0:0", 5353)
    sock = net.socket(net.AF_INET6, net.SOCK_DGRAM)
    sock.setsockopt(net.SOL_SOCKET, net.SO_REUSEADDR, 1)
    sock.bind(addr)  # expect: PYTHON-LANG-SEC-070
    return sock


def join_beacon_group(port=BEACON_PORT):
    sock = net.socket(net.AF_INET, net.SOCK_DGRAM, net.IPPROTO_UDP)
    sock.setsockopt(net.SOL_SOCKET, net.SO_REUSEADDR, 1)
    sock.bind((net.INADDR_ANY, port))  # expect: PYTHON-LANG-SEC-070
    membership = struct.pack("4sl", net.inet_aton(BEACON_GROUP), net.INADDR_ANY)
    sock.setsockopt(net.IPPROTO_IP, net.IP_ADD_MEMBERSHIP, membership)
    return sock


def open_v6_beacon_socket(port=BEACON_PORT):
    sock = net.socket(net.AF_INET6, net.SOCK_DGRAM)
    # Name carried over from the C sockets API (in6addr_any).
    sock.bind((net.IN6ADDR_ANY_INIT, port))  # expect: PYTHON-LANG-SEC-070
    return sock


class Endpoint:
    def __init__(self):
        self.socket = net.socket(net.AF_INET, net.SOCK_DGRAM)


def listen_for_beacons():
    endpoint = Endpoint()
    endpoint.socket.bind((INADDR_ANY, BEACON_PORT))  # expect: PYTHON-LANG-SEC-070
    while True:
        payload, peer = endpoint.socket.recvfrom(1024)
        yield peer, json.loads(payload)
