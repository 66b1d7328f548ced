"""Peer benchmark for mp4j's executor row: concurrent.futures.ProcessPoolExecutor.
Run: python3 python_executor_bench.py [fork|spawn|forkserver] [workload ...] (see workload_cli)."""
import time, workload_cli
from concurrent.futures import ProcessPoolExecutor

def square(x): return x * x

def executor_submit_20k(ctx):
    # Two workers, warmed by one map of 1000 squares as the pool rows warm their pool (this
    # also starts both: CPython starts executor workers on demand); then 20,000 submits and
    # every result, timed.
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        list(executor.map(square, range(1000)))
        n = 20_000
        t = time.perf_counter()
        futures = [executor.submit(square, i) for i in range(n)]
        for f in futures:
            f.result()
        dt = time.perf_counter() - t
    return n / dt, "tasks/s"

WORKLOADS = {f.__name__: f for f in (executor_submit_20k,)}

if __name__ == "__main__":
    workload_cli.main(WORKLOADS)
