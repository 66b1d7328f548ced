"""Peer benchmark for mp4j's manager rows: calls on what a SyncManager hands out.
Run: python3 python_manager_bench.py [fork|spawn|forkserver] [workload ...] (see workload_cli)."""
import time, workload_cli

WARM, N = 10_000, 10_000

def _setget(d, start, n):
    for i in range(start, start + n):
        d["k"] = i
        assert d["k"] == i

def manager_dict_set_get_10k(ctx):
    # d["k"] = i; d["k"]: each a round trip to the manager's server. 10,000 rounds untimed
    # first (mp4j's side warms its JIT the same way), then 10,000 timed; a round is two ops.
    with ctx.Manager() as m:
        d = m.dict()
        _setget(d, 0, WARM)
        t = time.perf_counter()
        _setget(d, WARM, N)
        dt = time.perf_counter() - t
    return 2 * N / dt, "ops/s"

def _putget(q, start, n):
    for i in range(start, start + n):
        q.put(i)
        assert q.get() == i

def manager_queue_put_get_10k(ctx):
    # q.put(i); q.get() on a manager's Queue proxy: each a round trip to the server.
    with ctx.Manager() as m:
        q = m.Queue()
        _putget(q, 0, WARM)
        t = time.perf_counter()
        _putget(q, WARM, N)
        dt = time.perf_counter() - t
    return 2 * N / dt, "ops/s"

WORKLOADS = {f.__name__: f for f in (manager_dict_set_get_10k, manager_queue_put_get_10k)}

if __name__ == "__main__":
    workload_cli.main(WORKLOADS)
