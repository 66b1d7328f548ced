package dev.mp4j.cluster;

import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.spi.Job;
import java.io.Serial;
import java.io.Serializable;
import org.apache.ignite.lang.IgniteCallable;

/**
 * A {@link Job} as Ignite's compute carries it: the job's own Java serialization, so that
 * Ignite's marshaller sees one byte array and mp4j's serial filter guards what the node
 * reads. The node answers with the result serialized the same way.
 */
final class IgniteJob implements IgniteCallable<byte[]> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final byte[] job;

    IgniteJob(byte[] job) {
        this.job = job;
    }

    @Override
    public byte[] call() throws Exception {
        Job<?> j = (Job<?>) Serialization.deserialize(job, "a job from the cluster's client");
        Serializable result = j.run();
        return Serialization.serialize(result, "the result of a cluster job");
    }
}
