package dev.mp4j.core.internal.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NotTransferableExceptionTest {

    // Stand-ins named as the primitives are: the helper sees only the simple name.
    private static final class Event {}

    private static final class Array {}

    private static final class Lock {}

    private static final class RLock {}

    @Test
    void theThreadsContextHintNamesTheTypeWithItsArticle() {
        assertEquals("an Event of Context.threads() cannot travel to another JVM; create it with Context.spawn()",
                NotTransferableException.threadsContext(Event.class).hint());
        assertEquals("an Array of Context.threads() cannot travel to another JVM; create it with Context.spawn()",
                NotTransferableException.threadsContext(Array.class).hint());
        assertEquals("a Lock of Context.threads() cannot travel to another JVM; create it with Context.spawn()",
                NotTransferableException.threadsContext(Lock.class).hint());
        assertEquals("an RLock of Context.threads() cannot travel to another JVM; create it with Context.spawn()",
                NotTransferableException.threadsContext(RLock.class).hint());
    }

    @Test
    void theMessageIsTheClassNameSoThePathToItCanBeFound() {
        assertEquals(Event.class.getName(), NotTransferableException.threadsContext(Event.class).getMessage());
    }

    @Test
    void articlesFollowTheSpokenName() {
        assertEquals("a Semaphore", NotTransferableException.withArticle("Semaphore"));
        assertEquals("a BoundedSemaphore", NotTransferableException.withArticle("BoundedSemaphore"));
        assertEquals("a Condition", NotTransferableException.withArticle("Condition"));
        assertEquals("a Barrier", NotTransferableException.withArticle("Barrier"));
        assertEquals("a Value", NotTransferableException.withArticle("Value"));
        assertEquals("a RawArray", NotTransferableException.withArticle("RawArray"));
        assertEquals("an Array", NotTransferableException.withArticle("Array"));
        assertEquals("an Event", NotTransferableException.withArticle("Event"));
        assertEquals("an ImapIterator", NotTransferableException.withArticle("ImapIterator"));
        assertEquals("an RLock", NotTransferableException.withArticle("RLock"));
        assertEquals("a URLCache", NotTransferableException.withArticle("URLCache"));
        assertEquals("an SQLTable", NotTransferableException.withArticle("SQLTable"));
    }
}
