package dev.mp4j.managers;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mp4j.core.Context;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadsManagerTest extends ManagerContract {

    @Override
    protected Context context() {
        return Context.threads();
    }

    /** As multiprocessing.dummy: the objects themselves, no proxies. */
    @Test
    void aThreadsManagerHandsOutTheObjectsThemselves() {
        List<Map<String, Integer>> outer = manager().list();
        Map<String, Integer> inner = manager().dict();
        outer.add(inner);
        assertSame(inner, outer.get(0));
    }
}
