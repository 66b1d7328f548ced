package dev.mp4j.core;

import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.spi.Job;
import java.io.Serial;

/**
 * A {@link Process} as a job on a node of a cluster context: the start request a child JVM
 * would read, run on the node's job thread as a thread worker runs, so that
 * {@link Context#currentProcess()} there is the process and {@link Context#parentProcess()}
 * its starter. Answers with the exit code.
 */
record ProcessJob(byte[] request) implements Job<Integer> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Integer run() {
        StartRequest start = (StartRequest) Serialization.deserialize(request, "the start request");
        Process process = start.process();
        ProcessRegistry.enterEngineWorker(process, start.parentName(), start.parentPid());
        try {
            return process.bootstrap(() -> Thread.currentThread().isInterrupted());
        } finally {
            ProcessRegistry.leaveThreadWorker();
            // An interrupt the stop sent belongs to this job, not to the node's next one.
            Thread.interrupted();
        }
    }
}
