"""Peer benchmark for mp4j's pipe rows: CPython multiprocessing Pipe.
Run: python3 python_pipe_bench.py [fork|spawn|forkserver] [workload ...] (see workload_cli)."""
import time, workload_cli

# Round trips of a small byte message, untimed first, the same on the mp4j side.
ROUND_WARM, ROUNDS = 20_000, 20_000
MESSAGE = b"x" * 16
# 1 MiB byte messages child -> parent, untimed first.
MIB = 1 << 20
BULK_WARM, BULK = 200, 1_000

def echo(conn, barrier, warm, n):
    for _ in range(warm):
        conn.send_bytes(conn.recv_bytes())
    barrier.wait()
    for _ in range(n):
        conn.send_bytes(conn.recv_bytes())

def pipe_roundtrip_16B(ctx):
    # Microseconds per round trip parent -> child -> parent, timed from a barrier after the warm-up.
    mine, theirs = ctx.Pipe()
    barrier = ctx.Barrier(2)
    p = ctx.Process(target=echo, args=(theirs, barrier, ROUND_WARM, ROUNDS))
    p.start()
    for _ in range(ROUND_WARM):
        mine.send_bytes(MESSAGE)
        mine.recv_bytes()
    barrier.wait()
    t = time.perf_counter()
    for _ in range(ROUNDS):
        mine.send_bytes(MESSAGE)
        mine.recv_bytes()
    dt = time.perf_counter() - t
    p.join()
    return dt / ROUNDS * 1e6, "us/roundtrip"

def flood(conn, barrier, warm, n):
    block = b"\x01" * MIB
    for _ in range(warm):
        conn.send_bytes(block)
    barrier.wait()
    for _ in range(n):
        conn.send_bytes(block)

def pipe_bandwidth_1MiB(ctx):
    # GB/s of 1 MiB messages child -> parent, from a barrier after the warm-up to the last recv.
    mine, theirs = ctx.Pipe(duplex=False)
    barrier = ctx.Barrier(2)
    p = ctx.Process(target=flood, args=(theirs, barrier, BULK_WARM, BULK))
    p.start()
    for _ in range(BULK_WARM):
        mine.recv_bytes()
    barrier.wait()
    t = time.perf_counter()
    for _ in range(BULK):
        mine.recv_bytes()
    dt = time.perf_counter() - t
    p.join()
    return BULK * MIB / dt / 1e9, "GB/s"

WORKLOADS = {f.__name__: f for f in (pipe_roundtrip_16B, pipe_bandwidth_1MiB)}

if __name__ == "__main__":
    workload_cli.main(WORKLOADS)
