"""Peer benchmark for mp4j's sync rows: CPython multiprocessing Event, Semaphore and Barrier.
Prints one line per workload: method, name, figure, unit.
Run: python3 python_sync_bench.py [fork|spawn|forkserver] [workload ...] (see workload_cli.py)."""
import statistics, time, workload_cli

# Untimed rounds before the timed ones, the same on the mp4j side: steady state, not start-up.
WARM_WAKE = 500
ROUNDS_WAKE = 1_000
WARM_PINGPONG = 50_000
N_PINGPONG = 5_000
WARM_BARRIER = 50_000
N_BARRIER = 2_000

def event_waker(go, done, stamp, rounds):
    for _ in range(rounds):
        go.wait()
        stamp.value = time.perf_counter()
        go.clear()
        done.set()

def sem_echo(a, b, n):
    for _ in range(n):
        a.acquire()
        b.release()

def barrier_party(barrier, n, t0, t1):
    for _ in range(WARM_BARRIER):
        barrier.wait()
    barrier.wait()
    t0.value = time.perf_counter()
    for _ in range(n - 1):
        barrier.wait()
    t1.value = time.perf_counter()

def event_wake_latency_median(ctx):
    # Event: set in this process, wake in another; the waiter is asleep (1 ms gap) when set.
    go, done = ctx.Event(), ctx.Event()
    stamp = ctx.Value('d', 0.0, lock=False)
    p = ctx.Process(target=event_waker, args=(go, done, stamp, WARM_WAKE + ROUNDS_WAKE)); p.start()
    lat = []
    for _ in range(WARM_WAKE + ROUNDS_WAKE):
        done.clear()
        time.sleep(0.001)
        t = time.perf_counter(); go.set(); done.wait()
        lat.append(stamp.value - t)
    p.join()
    assert p.exitcode == 0
    return statistics.median(lat[WARM_WAKE:]) * 1e6, "us"

def semaphore_pingpong(ctx):
    # Semaphore ping-pong between 2 processes; WARM untimed round trips, then N timed.
    a, b = ctx.Semaphore(0), ctx.Semaphore(0)
    p = ctx.Process(target=sem_echo, args=(a, b, WARM_PINGPONG + N_PINGPONG)); p.start()
    for _ in range(WARM_PINGPONG):
        a.release(); b.acquire()
    t = time.perf_counter()
    for _ in range(N_PINGPONG):
        a.release(); b.acquire()
    dt = time.perf_counter() - t; p.join()
    assert p.exitcode == 0
    return dt / N_PINGPONG * 1e6, "us/roundtrip"

def barrier_round_2(ctx):
    # Barrier of 2 workers; WARM untimed rounds, then timed in the first worker from its
    # first to its last wait of the N.
    barrier = ctx.Barrier(2)
    t0, t1 = ctx.Value('d', 0.0, lock=False), ctx.Value('d', 0.0, lock=False)
    dummy0, dummy1 = ctx.Value('d', 0.0, lock=False), ctx.Value('d', 0.0, lock=False)
    ps = [ctx.Process(target=barrier_party, args=(barrier, N_BARRIER, t0, t1)),
          ctx.Process(target=barrier_party, args=(barrier, N_BARRIER, dummy0, dummy1))]
    [q.start() for q in ps]; [q.join() for q in ps]
    assert all(q.exitcode == 0 for q in ps)
    return (N_BARRIER - 1) / (t1.value - t0.value), "rounds/s"

WORKLOADS = {f.__name__: f for f in (event_wake_latency_median, semaphore_pingpong, barrier_round_2)}

if __name__ == "__main__":
    workload_cli.main(WORKLOADS)
