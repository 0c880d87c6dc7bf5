#!/usr/bin/env python3
"""A UDP relay for the benchmark: forwards datagrams between a handler and a device on loopback,
counts the requests (datagrams from the handler) into a file, and can add a delay each way so the
device seems far away. Usage: udp_relay.py LISTEN_PORT TARGET_PORT DELAY_MS COUNT_FILE"""
import socket
import sys
import threading
import time

listen, target, delay_ms, count_file = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
front = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
front.bind(("127.0.0.1", listen))
lock = threading.Lock()
clients = {}   # handler address -> its own socket towards the device
count = [0]


def write_count():
    with open(count_file + ".tmp", "w") as f:
        f.write(str(count[0]))
    import os
    os.replace(count_file + ".tmp", count_file)


def back_pump(client, sock):
    while True:
        data = sock.recv(65536)
        if delay_ms:
            time.sleep(delay_ms / 1000.0)
        front.sendto(data, client)


while True:
    data, client = front.recvfrom(65536)
    with lock:
        count[0] += 1
        write_count()
        sock = clients.get(client)
        if sock is None:
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            sock.bind(("127.0.0.1", 0))
            clients[client] = sock
            threading.Thread(target=back_pump, args=(client, sock), daemon=True).start()
    if delay_ms:
        # each request is delayed on its own, so requests of parallel handlers do not queue
        threading.Timer(delay_ms / 1000.0, sock.sendto, args=(data, ("127.0.0.1", target))).start()
    else:
        sock.sendto(data, ("127.0.0.1", target))
