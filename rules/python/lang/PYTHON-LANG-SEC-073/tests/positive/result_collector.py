"""Collects results that the render farm pushes back to the coordinator."""

import multiprocessing as mp
import multiprocessing.connection as mpc
from multiprocessing.connection import Connection


class ResultCollector:
    def __init__(self, address, authkey):
        self.conn = mpc.Client(address, authkey=authkey)

    def next_result(self):
        return self.conn.recv()  # expect: PYTHON-LANG-SEC-073

    def close(self):
        self.conn.close()


def open_side_channel(address) -> Connection:
    return mpc.Client(address)


def drain_side_channel(address):
    side: Connection = open_side_channel(address)
    messages = []
    while side.poll(0.5):
        messages.append(side.recv())  # expect: PYTHON-LANG-SEC-073
    side.close()
    return messages


def echo_child(conn):
    conn.send(conn.recv_bytes())


if __name__ == "__main__":
    here, there = mp.Pipe()
    child = mp.Process(target=echo_child, args=(there,))
    child.start()
    here.send_bytes(b"ping")
    print(here.recv())  # expect: PYTHON-LANG-SEC-073
    child.join()
