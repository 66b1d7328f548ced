package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.TimeoutError;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Using a pool of worker" (the Python docs' example):
 * map, imapUnordered, applyAsync of f(20) and of the worker's pid, a get(timeout) that runs out,
 * and the pool terminated at the end, as Python's with-block does.
 *
 * <pre>
 * [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * 0 1 4 ... 81      (one per line, in any order)
 * 400
 * 4242              (the pid of the worker that ran the task)
 * [4242, 4243, 4242, 4244]
 * We lacked patience and got a multiprocessing.TimeoutError
 * For the moment, the pool remains available for more work
 * Now the pool is closed and no longer available
 * </pre>
 * Under the threads context every pid is this JVM's: the workers are its threads.
 */
final class PoolWorkers implements Example {

    /** The seed's timeout for the sleeping task: it must run out. */
    private static final Duration PATIENCE = Duration.ofSeconds(1);
    /**
     * The timeout of the calls the seed expects to succeed within 1 s: that is for forked
     * workers; child JVMs may still be booting when the first task arrives.
     */
    private static final Duration READY = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "pool-workers";
    }

    @Override
    public String description() {
        return "the Python docs' Pool example: map, imapUnordered, applyAsync, pids, a get(timeout) that runs out";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    static int f(int x) {
        return x * x;
    }

    static long pid() {
        return Context.currentProcess().pid();
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Integer> range10 = IntStream.range(0, 10).boxed().toList();
        try (Pool pool = new Pool(context, 4)) { // start 4 worker processes
            System.out.println(pool.map(PoolWorkers::f, range10));

            // the same numbers in arbitrary order
            for (int i : pool.imapUnordered(PoolWorkers::f, range10).asIterable()) {
                System.out.println(i);
            }

            // evaluate f(20) asynchronously: runs in only one process
            System.out.println(pool.applyAsync(() -> f(20)).get(READY));

            // the pid of the worker that runs it
            System.out.println(pool.applyAsync(PoolWorkers::pid).get(READY));

            // launching multiple evaluations asynchronously may use more processes
            List<AsyncResult<Long>> multipleResults = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                multipleResults.add(pool.applyAsync(PoolWorkers::pid));
            }
            System.out.println(multipleResults.stream().map(r -> r.get(READY)).toList());

            // make a single worker sleep for 10 s
            AsyncResult<Void> res = pool.applyAsync(() -> {
                Thread.sleep(10_000);
                return null;
            });
            try {
                System.out.println(res.get(PATIENCE));
            } catch (TimeoutError e) {
                System.out.println("We lacked patience and got a multiprocessing.TimeoutError");
            }
            System.out.println("For the moment, the pool remains available for more work");
            // Python's with-block ends in terminate(); close() would wait for the sleeping task.
            pool.terminate();
        }
        System.out.println("Now the pool is closed and no longer available");
    }
}
