package dev.mp4j.core.internal.shm;

import java.io.Serial;
import java.io.Serializable;

/**
 * The base of a spawn-context backing that travels to other JVMs as a handle to its
 * {@link Segment}: it holds the segment, so the mapping lives exactly as long as the backing,
 * and it is serialized as the segment's name (with the subclass's own fields); deserializing
 * maps the same file again through {@link #attach(String)}.
 *
 * <pre>{@code
 * final class MappedEvent extends MappedHandle implements EventBacking {
 *     private final transient MemorySegment line;
 *
 *     private MappedEvent(Segment segment) {
 *         super(segment);
 *         this.line = segment.data();
 *     }
 *
 *     static MappedEvent create() {
 *         return new MappedEvent(Segment.create(EventLayout.KIND, EventLayout.VERSION, EventLayout.SIZE));
 *     }
 *
 *     @Override
 *     protected MappedEvent attach(String name) {
 *         return new MappedEvent(Segment.attach(name, EventLayout.KIND, EventLayout.VERSION));
 *     }
 * }
 * }</pre>
 */
public abstract class MappedHandle implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    /** Never read: holding it keeps the mapping alive exactly as long as this object. */
    private final transient Segment segment;

    protected MappedHandle(Segment segment) {
        this.name = segment.name();
        this.segment = segment;
    }

    /**
     * This backing over the segment {@code name} mapped in this JVM: called on a deserialized
     * copy, whose non-transient fields are set. It checks the segment's kind and version.
     */
    protected abstract Object attach(String name);

    @Serial
    protected final Object readResolve() {
        return attach(name);
    }

    /** The segment's file name, which is what travels. */
    @Override
    public String toString() {
        return name;
    }
}
