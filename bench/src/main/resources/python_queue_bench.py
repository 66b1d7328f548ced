"""Peer benchmark for mp4j's queue rows: CPython multiprocessing Queue and SimpleQueue.
Run: python3 python_queue_bench.py [fork|spawn|forkserver] [workload ...] (see workload_cli)."""
import time, workload_cli

N = 100_000
# Untimed items from each producer before the timed ones, the same on the mp4j side: steady
# state, not start-up (a fresh JVM compiles its put path only after some 100,000 puts).
WARM = 200_000

def producer(q, barrier, warm, n):
    for i in range(warm):
        q.put(i)
    barrier.wait()
    for i in range(n):
        q.put(i)

def throughput(ctx, make, producers):
    # WARM untimed items from each producer, then the producers and this process meet at a
    # barrier: start-up is not timed (the mp4j side does the same); then messages per second
    # to the last get.
    q = make()
    barrier = ctx.Barrier(producers + 1)
    each, warm = N // producers, WARM
    ps = [ctx.Process(target=producer, args=(q, barrier, warm, each)) for _ in range(producers)]
    [p.start() for p in ps]
    for _ in range(warm * producers):
        q.get()
    barrier.wait()
    t = time.perf_counter()
    for _ in range(each * producers):
        q.get()
    dt = time.perf_counter() - t
    [p.join() for p in ps]
    return N / dt

def queue_1to1_100k(ctx):
    return throughput(ctx, ctx.Queue, 1), "msgs/s"

def queue_4to1_100k(ctx):
    return throughput(ctx, ctx.Queue, 4), "msgs/s"

def simplequeue_1to1_100k(ctx):
    return throughput(ctx, ctx.SimpleQueue, 1), "msgs/s"

WORKLOADS = {f.__name__: f for f in (queue_1to1_100k, queue_4to1_100k, simplequeue_1to1_100k)}

if __name__ == "__main__":
    workload_cli.main(WORKLOADS)
