"""Peer benchmark of mp4j's shared rows: CPython multiprocessing's Value('i') and Array('d').
Prints one line per workload: method, name, figure, unit. Run: python3 python_shared_bench.py [fork|spawn|forkserver] [workload ...] (see workload_cli.py).

create_10k_values_median: ctx.Value('i') 10_000 times (each with its own RLock), kept in a
list until the clock is read, the list dropped afterwards; one discarded run, then the median
of 5.

array_sum_parallel: 2 workers sum the halves of an Array('d', 10_000_000) holding 0..N-1.
Timed from the parent's "go", given once both workers have started and said they are ready,
to the parent seeing both partial sums stored; the parent and the waiting workers poll every
0.1 ms. Each worker reads its half without the lock: sum(arr.get_obj()[lo:hi])."""
import statistics, time, workload_cli

N = 10_000_000
WORKERS = 2
POLL = 0.0001
N_VALUES = 10_000
RUNS_VALUES = 5

def add_one(v):
    with v.get_lock():
        v.value += 1

def sum_half(arr, w, ready, go, done, sums):
    add_one(ready)
    while go.value == 0:
        time.sleep(POLL)
    half = N // WORKERS
    lo = w * half
    hi = N if w == WORKERS - 1 else lo + half
    sums[w] = sum(arr.get_obj()[lo:hi])
    add_one(done)

def make_values(ctx):
    t = time.perf_counter()
    vs = [ctx.Value('i') for _ in range(N_VALUES)]
    dt = time.perf_counter() - t
    assert len(vs) == N_VALUES and vs[-1].value == 0
    del vs
    return dt

def create_10k_values_median(ctx):
    make_values(ctx)
    ts = [make_values(ctx) for _ in range(RUNS_VALUES)]
    return statistics.median(ts) * 1e3, "ms"

def array_sum_parallel(ctx):
    arr = ctx.Array('d', N)
    obj = arr.get_obj()
    step = 1_000_000
    for i in range(0, N, step):
        obj[i:i + step] = [float(x) for x in range(i, min(N, i + step))]
    ready, go, done = ctx.Value('i', 0), ctx.Value('i', 0), ctx.Value('i', 0)
    sums = ctx.Array('d', WORKERS)
    ps = [ctx.Process(target=sum_half, args=(arr, w, ready, go, done, sums)) for w in range(WORKERS)]
    [p.start() for p in ps]
    while ready.value < WORKERS:
        time.sleep(POLL)
    t = time.perf_counter()
    go.value = 1
    while done.value < WORKERS:
        time.sleep(POLL)
    dt = time.perf_counter() - t
    [p.join() for p in ps]
    assert sums[0] + sums[1] == N * (N - 1) / 2, (sums[0], sums[1])
    return dt * 1e3, "ms"

WORKLOADS = {f.__name__: f for f in (create_10k_values_median, array_sum_parallel)}

if __name__ == "__main__":
    workload_cli.main(WORKLOADS)
