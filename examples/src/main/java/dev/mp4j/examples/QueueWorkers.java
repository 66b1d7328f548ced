package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.examples.PoolDemo.Calculation;
import dev.mp4j.queues.Queue;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 000_1be10c1f8af327c6.txt, "An example showing how to use queues to feed tasks
 * to a collection of worker processes and collect the results": four workers take tasks
 * from a task queue until they meet the {@code STOP} sentinel and put their results on a
 * done queue; main prints 20 results, adds 10 more tasks, prints their results, and sends
 * one {@code STOP} per worker.
 *
 * <pre>
 * Unordered results:
 * 	 Process-3 says that mul(0, 7) = 0
 * 	 Process-1 says that mul(2, 7) = 14
 * ...
 * 	 Process-4 says that plus(9, 8) = 17
 * </pre>
 *
 * The results come in the order the workers finish them, each from whichever worker took
 * it (the seed's random sleep, shorter here: up to 60 ms as in pool-demo, whose functions
 * these are). The first 20 lines are the mul tasks and the last 10 the plus tasks, as in
 * the seed: main adds the plus tasks only after it has read every mul result. Unlike the
 * seed, main joins its workers after the sentinels.
 */
final class QueueWorkers implements Example {

    static final int NUMBER_OF_PROCESSES = 4;
    /* Compared with equals: in a child JVM the sentinel arrives as a copy, not the same object. */
    private static final String STOP = "STOP";

    @Override
    public String name() {
        return "queue-workers";
    }

    @Override
    public String description() {
        return "4 workers take tasks from one Queue until a STOP sentinel, results come back on another, unordered";
    }

    @Override
    public String seedFile() {
        return "000_1be10c1f8af327c6.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Calculation> tasks1 = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tasks1.add(new Calculation("mul", i, 7));
        }
        List<Calculation> tasks2 = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tasks2.add(new Calculation("plus", i, 8));
        }
        Queue<Object> taskQueue = new Queue<>(context);
        Queue<String> doneQueue = new Queue<>(context);
        tasks1.forEach(taskQueue::put);
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < NUMBER_OF_PROCESSES; i++) {
            Process worker = new Process(context, () -> worker(taskQueue, doneQueue));
            workers.add(worker);
            worker.start();
        }
        System.out.println("Unordered results:");
        for (int i = 0; i < tasks1.size(); i++) {
            System.out.println("\t " + doneQueue.get());
        }
        tasks2.forEach(taskQueue::put);
        for (int i = 0; i < tasks2.size(); i++) {
            System.out.println("\t " + doneQueue.get());
        }
        for (int i = 0; i < NUMBER_OF_PROCESSES; i++) {
            taskQueue.put(STOP);
        }
        workers.forEach(Process::join);
    }

    /** Python: {@code for func, args in iter(input.get, 'STOP'): output.put(calculate(func, args))}. */
    private static void worker(Queue<Object> input, Queue<String> output) throws InterruptedException {
        for (Object task = input.get(); !STOP.equals(task); task = input.get()) {
            output.put(PoolDemo.calculate((Calculation) task));
        }
    }
}
