package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.core.internal.Timeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Workers that are threads of this JVM (Python's {@code multiprocessing.pool.ThreadPool}):
 * each is a daemon {@link Process} of the threads context, so {@code currentProcess()} names
 * it, taking chunks from one shared queue. Nothing is serialized. A thread cannot be killed:
 * terminate interrupts the workers, and a task that ignores interrupts runs on, its result
 * already failed.
 */
final class ThreadPoolBacking extends PoolBacking {

    private static final Chunk STOP = new Chunk(null, -1, null, List.of(), null, null);

    private final LinkedBlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
    private final Set<Process> workers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger names = new AtomicInteger();
    private volatile boolean stopping;

    ThreadPoolBacking(Context context, PoolOptions options) {
        super(context, options);
    }

    @Override
    boolean serializes() {
        return false;
    }

    @Override
    void startWorkers() {
        for (int i = 0; i < processes; i++) {
            startWorker();
        }
    }

    /**
     * Adds and starts a worker as one step under this backing's lock, so that terminate and
     * join never see a worker in the set that has not started (a replacement racing with
     * terminate failed with "process has not been started").
     */
    private void startWorker() {
        synchronized (workers) {
            Process worker = new Process(context, this::work, "ThreadPoolWorker-" + names.incrementAndGet(), true);
            workers.add(worker);
            worker.start();
        }
    }

    private void work() {
        Throwable initError = null;
        if (options.initializer() != null) {
            try {
                options.initializer().run();
            } catch (Throwable t) {
                initError = t;
            }
        }
        int max = options.maxTasksPerChild();
        int done = 0;
        Thread me = Thread.currentThread();
        Process self = Context.currentProcess();
        try {
            while (max == 0 || done < max) {
                Chunk chunk = queue.take();
                if (chunk == STOP) {
                    queue.add(STOP);
                    return;
                }
                if (chunk.finished()) {
                    continue; // cancelled while it was taken from the queue
                }
                if (options.taskTimeout() != null) {
                    TaskTimer.start(chunk, options.taskTimeout(), () -> {
                        // This worker is stuck in the task: it retires, a fresh one takes over.
                        me.interrupt();
                        if (!stopping) {
                            dev.mp4j.core.internal.Log.log("pool", System.Logger.Level.DEBUG, "pool worker "
                                    + self.name() + " timed out in a task; replacing it");
                            startWorker();
                        }
                    });
                }
                Object[] values = new Object[chunk.size];
                Throwable[] errors = new Throwable[chunk.size];
                chunk.startRun(me);
                ChunkRunner.run(chunk.fn, chunk.items, initError, values, errors);
                chunk.endRun();
                boolean inTime = chunk.complete(values, errors) || chunk.cancelled();
                // An interrupt a task left behind (or a cancel sent it) belongs to it, not to the
                // worker's next take().
                Thread.interrupted();
                if (!inTime) {
                    // Timed out: the timer retired this worker and started its successor.
                    forget(self);
                    return;
                }
                done++;
            }
        } catch (InterruptedException e) {
            return;
        }
        forget(self);
        if (!stopping) {
            dev.mp4j.core.internal.Log.log("pool", System.Logger.Level.DEBUG, "pool worker " + self.name()
                    + " ran its " + max + " tasks; replacing it");
            startWorker();
        }
    }

    /** A worker that retires while the pool goes on leaves the set, which would grow with every replacement. */
    private void forget(Process worker) {
        if (!stopping) {
            workers.remove(worker);
        }
    }

    @Override
    void submit(Chunk chunk) {
        queue.add(chunk);
    }

    @Override
    void stopWorkers() {
        stopping = true;
        queue.add(STOP);
    }

    @Override
    void killWorkers() {
        stopping = true;
        queue.clear();
        queue.add(STOP);
        synchronized (workers) {
            for (Process worker : workers) {
                worker.terminate();
            }
        }
    }

    @Override
    boolean joinWorkers(long nanos) {
        long start = System.nanoTime();
        while (true) {
            Process next;
            synchronized (workers) {
                next = workers.stream().findAny().orElse(null);
            }
            if (next == null) {
                return true;
            }
            if (nanos < 0) {
                next.join();
            } else if (!next.join(Duration.ofNanos(Timeouts.remaining(start, nanos)))) {
                return false;
            }
            workers.remove(next);
        }
    }

    @Override
    boolean workersEnded() {
        synchronized (workers) {
            return workers.stream().noneMatch(Process::isAlive);
        }
    }

    @Override
    boolean unqueue(Chunk chunk) {
        return queue.remove(chunk);
    }

    @Override
    void stopRun(Chunk chunk) {
        chunk.interruptRunner();
    }

    @Override
    List<Chunk> drainUnstarted() {
        List<Chunk> drained = new ArrayList<>();
        queue.drainTo(drained);
        if (drained.remove(STOP)) {
            queue.add(STOP);
        }
        return drained;
    }
}
