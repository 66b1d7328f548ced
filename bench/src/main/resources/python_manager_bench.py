"""Peer benchmark for mp4j's manager rows: a SyncManager's dict, from the parent and from a worker.
Run: python3 python_manager_bench.py [fork|spawn|forkserver] [workload ...] (see workload_cli)."""
import time, workload_cli

WARM, N = 20_000, 10_000

def _setitems(d, start, n):
    for i in range(start, start + n):
        d["k"] = i

def manager_dict_roundtrip(ctx):
    # One d["k"] = i is one round trip to the manager's server; 20,000 untimed first (mp4j's
    # side warms its JIT the same way), then 10,000 timed; us per round trip.
    with ctx.Manager() as m:
        d = m.dict()
        _setitems(d, 0, WARM)
        t = time.perf_counter()
        _setitems(d, WARM, N)
        dt = time.perf_counter() - t
        assert d["k"] == WARM + N - 1
    return dt / N * 1e6, "us/roundtrip"

WORKLOADS = {f.__name__: f for f in (manager_dict_roundtrip,)}

if __name__ == "__main__":
    workload_cli.main(WORKLOADS)
