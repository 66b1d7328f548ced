package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.TimeoutError;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.ImapIterator;
import dev.mp4j.pool.Pool;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Port of seed 000_1be10c1f8af327c6.txt, "Multiprocessing Example with Pool in Python" (the
 * first program of Python's multiprocessing documentation), section by section: ordered
 * results of applyAsync, imap, imapUnordered and map over mul/plus tasks, error handling
 * where {@code 1 / (x - 5)} throws ArithmeticException (Python: ZeroDivisionError), and the
 * timeout sections that print dots while polling {@code get(20 ms)} and {@code next(20 ms)}.
 *
 * <pre>
 * Creating pool with 4 processes
 *
 * Ordered results using pool.applyAsync():
 * 	 SpawnPoolWorker-1 says that mul(0, 7) = 0
 * ...
 * Testing error handling:
 * 	Got ArithmeticException as expected from pool.apply()
 * ...
 * </pre>
 */
final class PoolDemo implements Example {

    private static final int PROCESSES = 4;

    /** One task: an operation and its two arguments (Python: {@code (mul, (i, 7))}). */
    record Calculation(String op, int a, int b) implements Serializable {}

    @Override
    public String name() {
        return "pool-demo";
    }

    @Override
    public String description() {
        return "the Pool tour of Python's docs: applyAsync, imap, imapUnordered, map, errors, timeouts";
    }

    @Override
    public String seedFile() {
        return "000_1be10c1f8af327c6.txt";
    }

    static String calculate(Calculation c) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(60)); // the seed's random workload
        int result = c.op().equals("mul") ? c.a() * c.b() : c.a() + c.b();
        return Context.currentProcess().name() + " says that " + c.op() + "(" + c.a() + ", " + c.b() + ") = " + result;
    }

    static int f(int x) {
        return 1 / (x - 5);
    }

    @Override
    public void run(Context context, List<String> args) throws Exception {
        ExampleArguments.none(this, args);
        System.out.println("Creating pool with " + PROCESSES + " processes\n");
        List<Calculation> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tasks.add(new Calculation("mul", i, 7));
        }
        for (int i = 0; i < 10; i++) {
            tasks.add(new Calculation("plus", i, 8));
        }
        try (Pool pool = new Pool(context, PROCESSES)) {
            List<AsyncResult<String>> results = new ArrayList<>();
            for (Calculation t : tasks) {
                results.add(pool.applyAsync(() -> calculate(t)));
            }
            ImapIterator<String> imapIt = pool.imap(PoolDemo::calculate, tasks);
            ImapIterator<String> imapUnorderedIt = pool.imapUnordered(PoolDemo::calculate, tasks);

            System.out.println("Ordered results using pool.applyAsync():");
            for (AsyncResult<String> r : results) {
                System.out.println("\t " + r.get());
            }
            System.out.println();
            System.out.println("Ordered results using pool.imap():");
            for (String x : imapIt.asIterable()) {
                System.out.println("\t " + x);
            }
            System.out.println();
            System.out.println("Unordered results using pool.imapUnordered():");
            for (String x : imapUnorderedIt.asIterable()) {
                System.out.println("\t " + x);
            }
            System.out.println();
            System.out.println("Ordered results using pool.map() --- will block till complete:");
            for (String x : pool.map(PoolDemo::calculate, tasks)) {
                System.out.println("\t " + x);
            }
            System.out.println();

            errors(pool);
            timeouts(pool, tasks);
        }
    }

    private static void errors(Pool pool) {
        System.out.println("Testing error handling:");
        List<Integer> tenInts = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        try {
            System.out.println(pool.apply(() -> f(5)));
            throw new AssertionError("expected ArithmeticException");
        } catch (ArithmeticException e) {
            System.out.println("\tGot ArithmeticException as expected from pool.apply()");
        }
        try {
            System.out.println(pool.map(PoolDemo::f, tenInts));
            throw new AssertionError("expected ArithmeticException");
        } catch (ArithmeticException e) {
            System.out.println("\tGot ArithmeticException as expected from pool.map()");
        }
        try {
            List<Integer> all = new ArrayList<>();
            pool.<Integer, Integer>imap(PoolDemo::f, tenInts).forEachRemaining(all::add);
            System.out.println(all);
            throw new AssertionError("expected ArithmeticException");
        } catch (ArithmeticException e) {
            System.out.println("\tGot ArithmeticException as expected from list(pool.imap())");
        }
        ImapIterator<Integer> it = pool.imap(PoolDemo::f, tenInts);
        int i = 0;
        for (; i < 10; i++) {
            try {
                it.next();
                if (i == 5) {
                    throw new AssertionError("expected ArithmeticException");
                }
            } catch (ArithmeticException e) {
                if (i != 5) {
                    throw e;
                }
            } catch (NoSuchElementException e) {
                break;
            }
        }
        if (i != 10) {
            throw new AssertionError("the iterator ended early, at " + i);
        }
        System.out.println("\tGot ArithmeticException as expected from IMapIterator.next()");
        System.out.println();
    }

    private static void timeouts(Pool pool, List<Calculation> tasks) {
        Duration poll = Duration.ofMillis(20);
        System.out.print("Testing AsyncResult.get() with timeout:");
        Calculation first = tasks.getFirst();
        AsyncResult<String> res = pool.applyAsync(() -> calculate(first));
        while (true) {
            System.out.flush();
            try {
                System.out.print("\n\t" + res.get(poll));
                break;
            } catch (TimeoutError e) {
                System.out.print(".");
            }
        }
        System.out.println();
        System.out.println();
        System.out.print("Testing IMapIterator.next() with timeout:");
        ImapIterator<String> it = pool.imap(PoolDemo::calculate, tasks);
        while (true) {
            System.out.flush();
            try {
                System.out.print("\n\t" + it.next(poll));
            } catch (NoSuchElementException e) {
                break;
            } catch (TimeoutError e) {
                System.out.print(".");
            }
        }
        System.out.println();
        System.out.println();
    }
}
