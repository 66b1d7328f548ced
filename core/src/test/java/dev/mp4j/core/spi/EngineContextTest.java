package dev.mp4j.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.SerializationError;
import dev.mp4j.core.internal.serial.Serialization;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/** A context of kind CLUSTER as the core sees it: made over an engine, named, and travelling as the engine's reference. */
class EngineContextTest {

    /** An engine of no cluster: its reference resolves to nothing. */
    private static final class Unreachable implements Engine {
        @Override
        public String describe() {
            return "cluster of nowhere";
        }

        @Override
        public int parallelism() {
            return 1;
        }

        @Override
        public <T extends Serializable> Submission<T> submit(Job<T> job) {
            throw new UnsupportedOperationException("no nodes");
        }

        @Override
        public Serializable reference() {
            return "nowhere";
        }
    }

    @Test
    void aClusterContextIsNamedAndEqualOnlyToItsEngines() {
        Engine engine = new Unreachable();
        Context ctx = Context.of(engine);
        assertEquals(Context.Kind.CLUSTER, ctx.kind());
        assertEquals("cluster", ctx.name());
        assertEquals("ClusterContext(cluster of nowhere)", ctx.toString());
        assertEquals(ctx, Context.of(engine));
        assertNotEquals(ctx, Context.of(new Unreachable()));
        assertEquals(engine, ctx.engine());
        assertThrows(IllegalStateException.class, () -> Context.spawn().engine());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Context.byName("cluster"));
        assertTrue(e.getMessage().contains("ClusterContext"), e.getMessage());
    }

    @Test
    void aClusterContextOutsideItsClusterFailsToReadSayingWhy() {
        byte[] bytes = Serialization.serialize(Context.of(new Unreachable()), "the context");
        SerializationError e = assertThrows(SerializationError.class, () -> Serialization.deserialize(bytes, "the context"));
        assertTrue(e.getMessage().contains("not a node of its cluster"), e.getMessage());
    }

    @Test
    void whatAnEngineDoesNotBackYetNamesItself() {
        UnsupportedOperationException e = Engine.unsupported("a Lock");
        assertTrue(e.getMessage().startsWith("a Lock of a cluster context is not in this version"), e.getMessage());
    }
}
