package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.ProcessPoolExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Port of seed 001_37051180ac11844a.txt, "Simulating submit and result": the seed fakes
 * {@code concurrent.futures}' {@code submit} and {@code result()} with {@code apply_async}
 * and {@code get()}; here they are the real thing, {@code ProcessPoolExecutor.submit} and
 * the futures it returns, which are {@code CompletableFuture}s and so compose.
 *
 * <pre>
 * Result for task 0: 0
 * Result for task 1: 1
 * Result for task 2: 4
 * Result for task 3: 9
 * Sum of the squares (allOf, thenApply): 14
 * Square of the square of 3 (thenCompose): 81
 * Error of a task (exceptionally): / by zero
 * </pre>
 */
final class ExecutorFutures implements Example {

    @Override
    public String name() {
        return "executor-futures";
    }

    @Override
    public String description() {
        return "ProcessPoolExecutor.submit and its CompletableFutures: result(), allOf, thenCompose";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    /** The seed's long task, shortened from 1 s. */
    static int longTask(int n) throws InterruptedException {
        Thread.sleep(200);
        return n * n;
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(context, 4)) {
            // submit, then result(): Python's future.result() is join() (or get()).
            List<CompletableFuture<Integer>> futures = IntStream.range(0, 4)
                    .mapToObj(i -> executor.submit(() -> longTask(i))).toList();
            for (int i = 0; i < futures.size(); i++) {
                System.out.println("Result for task " + i + ": " + futures.get(i).join());
            }
            CompletableFuture<Integer> sum = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .thenApply(done -> futures.stream().mapToInt(CompletableFuture::join).sum());
            System.out.println("Sum of the squares (allOf, thenApply): " + sum.join());
            CompletableFuture<Integer> twice = executor.submit(() -> longTask(3))
                    .thenCompose(square -> executor.submit(() -> longTask(square)));
            System.out.println("Square of the square of 3 (thenCompose): " + twice.join());
            int zero = 0;
            String error = executor.submit(() -> 1 / zero).thenApply(String::valueOf)
                    .exceptionally(e -> e.getCause().getMessage()).join();
            System.out.println("Error of a task (exceptionally): " + error);
        }
    }
}
