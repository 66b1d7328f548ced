"""The command line shared by mp4j's CPython peer scripts:
python3 <script> [fork|spawn|forkserver] [workload ...] runs the named workloads (all, in order,
when none is named), one fresh interpreter per run, so that mp4j's compare can interleave its
own runs with CPython's row by row; python3 <script> --list names the script's workloads.
Each workload is a function of the context returning (figure, unit); a line is printed per
workload as: method name figure unit."""
import multiprocessing as mp, sys

def main(workloads):
    """Runs the script's workloads (a dict of name to function) as sys.argv asks."""
    args = sys.argv[1:]
    if args[:1] == ["--list"]:
        print("\n".join(workloads))
        return
    method, names = (args[0], args[1:]) if args else ("fork", [])
    unknown = [n for n in names if n not in workloads]
    if unknown:
        sys.exit(f"unknown workload {', '.join(unknown)}; known: {', '.join(workloads)}")
    ctx = mp.get_context(method)
    for name in names or list(workloads):
        fig, unit = workloads[name](ctx)
        print(f"{method} {name} {fig:.6g} {unit}", flush=True)
