"""Tk front end for a port-forwarding helper. Every `bind` here is an event binding."""

import socket
import tkinter as tk
from tkinter import ttk

LAN_ADDRESS = "192.168.1.10"


class ForwardWindow(ttk.Frame):
    def __init__(self, master):
        super().__init__(master, padding=8)
        self.port_var = tk.StringVar(value="8080")
        self.entry = ttk.Entry(self, textvariable=self.port_var)
        self.entry.grid(row=0, column=0)
        self.log = tk.Listbox(self, height=8)
        self.log.grid(row=1, column=0)
        self.entry.bind("<Return>", self.on_submit)  # ok: PYTHON-LANG-SEC-070
        self.log.bind("<Double-Button-1>", self.on_pick)  # ok: PYTHON-LANG-SEC-070
        master.bind_all("<Control-q>", lambda event: master.destroy())  # ok: PYTHON-LANG-SEC-070

    def on_submit(self, event):
        port = int(self.port_var.get())
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((LAN_ADDRESS, port))  # ok: PYTHON-LANG-SEC-070
        sock.listen(1)
        self.log.insert(tk.END, f"forwarding {LAN_ADDRESS}:{port}")

    def on_pick(self, event):
        selection = self.log.curselection()
        if selection:
            self.port_var.set(self.log.get(selection[0]).rsplit(":", 1)[-1])


if __name__ == "__main__":
    root = tk.Tk()
    root.title("forward")
    ForwardWindow(root).pack(fill="both", expand=True)
    root.mainloop()
