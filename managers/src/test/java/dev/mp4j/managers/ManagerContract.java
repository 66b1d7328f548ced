package dev.mp4j.managers;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.AuthenticationError;
import dev.mp4j.testing.ContextContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a manager and its proxies do in every context; one subclass per context. */
abstract class ManagerContract extends ContextContract {

    /** A type of the seeds' "Customized managers". */
    public interface Maths {
        int add(int x, int y);

        int mul(int x, int y);

        int div(int x, int y);

        long pid();

        /** Runs here, on the proxy, over add. */
        default int twice(int x) {
            return add(x, x);
        }
    }

    static final class MathsImpl implements Maths {
        @Override
        public int add(int x, int y) {
            return x + y;
        }

        @Override
        public int mul(int x, int y) {
            return x * y;
        }

        @Override
        public int div(int x, int y) {
            return x / y;
        }

        @Override
        public long pid() {
            return ProcessHandle.current().pid();
        }

        @Override
        public String toString() {
            return "MathsImpl in the server";
        }
    }

    /** The seeds' Foo/Bar of "Managers and proxies": a method returning another registered type, and a generator. */
    public interface Foo {
        Maths maths();

        Iterator<Integer> count(int n);
    }

    static final class FooImpl implements Foo {
        @Override
        public Maths maths() {
            return new MathsImpl();
        }

        @Override
        public Iterator<Integer> count(int n) {
            return IntStream.range(0, n).iterator();
        }
    }

    private Manager manager;

    @BeforeEach
    void startManager() {
        manager = new Manager(context());
        manager.register("Maths", args -> new MathsImpl(), Maths.class);
        manager.register("Foo", args -> new FooImpl(), Foo.class, Map.of("maths", "Maths"));
        manager.start();
    }

    @AfterEach
    void shutDownManager() {
        manager.shutdown();
    }

    @Test
    void aDictIsAMapInInsertionOrder() {
        Map<String, Integer> d = manager.dict();
        d.put("b", 2);
        d.put("a", 1);
        d.put(null, null);
        assertEquals(3, d.size());
        assertEquals(2, d.get("b"));
        assertTrue(d.containsKey(null));
        assertEquals("{b=2, a=1, null=null}", d.toString());
        assertEquals(Arrays.asList("b", "a", null), new ArrayList<>(d.keySet()));
        assertEquals(1, d.remove("a"));
        d.remove(null);
        assertEquals(Map.of("b", 2), d);
        assertEquals(d, Map.of("b", 2));
    }

    @Test
    void aDictStartsWithTheEntriesGiven() {
        Map<String, Integer> d = manager.dict(Map.of("x", 1));
        assertEquals(Map.of("x", 1), d);
    }

    @Test
    void aListIsAList() {
        List<Integer> l = manager.list(List.of(1, 2));
        l.add(3);
        l.add(0, 0);
        assertEquals(List.of(0, 1, 2, 3), l);
        assertEquals(2, l.indexOf(2));
        assertEquals(1, l.remove(1));
        assertTrue(l.remove(Integer.valueOf(3)));
        l.sort(null);
        assertEquals("[0, 2]", l.toString());
        assertEquals(List.of(0, 2), new ArrayList<>(l));
    }

    @Test
    void aNamespaceHasNamedAttributes() {
        Namespace ns = manager.namespace();
        ns.set("y", "hello");
        ns.set("x", 1);
        assertEquals(1, (int) ns.get("x"));
        assertTrue(ns.has("y"));
        assertEquals("Namespace(x=1, y=hello)", ns.toString());
        ns.delete("y");
        assertFalse(ns.has("y"));
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> ns.get("y"));
        assertEquals("'Namespace' object has no attribute 'y'", e.getMessage());
    }

    @Test
    void aWorkerChangesTheSameListAndDict() {
        List<Integer> shared = manager.list();
        Map<String, Integer> d = manager.dict();
        runInWorkers(3, () -> {
            shared.add(1);
            d.merge("n", 1, Integer::sum);
        });
        assertEquals(List.of(1, 1, 1), shared);
        assertTrue(d.get("n") >= 1, "merge is several calls, not atomic: at least one lands");
    }

    @Test
    void aDictStoredInAListStaysShared() {
        List<Map<String, Integer>> outer = manager.list();
        Map<String, Integer> inner = manager.dict();
        outer.add(inner);
        outer.get(0).put("a", 1);
        assertEquals(Map.of("a", 1), inner);
        runInWorker(() -> outer.get(0).put("b", 2));
        assertEquals(Map.of("a", 1, "b", 2), inner);
    }

    @Test
    void aRegisteredTypeRunsInTheServer() {
        Maths maths = manager.create("Maths");
        assertEquals(7, maths.add(4, 3));
        assertEquals(56, maths.mul(7, 8));
        assertEquals(10, maths.twice(5));
        assertEquals("MathsImpl in the server", maths.toString());
        if (spawn()) {
            assertNotEquals(ProcessHandle.current().pid(), maths.pid());
        }
    }

    @Test
    void anExceptionInTheServerArrivesAsItselfWithTheServersTrace() {
        Maths maths = manager.create("Maths");
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> maths.div(1, 0));
        assertTrue(Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getMethodName().equals("div")
                && f.getClassName().endsWith("MathsImpl")), Arrays.toString(e.getStackTrace()));
    }

    @Test
    void aMethodToTypeidResultIsAProxyAndAnIteratorIsAProxyIterator() {
        Foo foo = manager.create("Foo");
        Maths maths = foo.maths();
        assertTrue(java.lang.reflect.Proxy.isProxyClass(maths.getClass()));
        assertEquals(3, maths.add(1, 2));
        List<Integer> seen = new ArrayList<>();
        foo.count(4).forEachRemaining(seen::add);
        assertEquals(List.of(0, 1, 2, 3), seen);
    }

    @Test
    void aProxyCrossesToAWorkerAndBack() {
        Maths maths = manager.create("Maths");
        List<Maths> box = manager.list();
        runInWorker(() -> {
            if (maths.add(2, 2) != 4) {
                throw new AssertionError("the worker's proxy computed " + maths.add(2, 2));
            }
            box.add(maths);
        });
        assertEquals(9, box.get(0).mul(3, 3));
        assertEquals(maths, box.get(0));
    }

    @Test
    void aProxyTravelsThroughAQueueToAWorker() {
        Map<String, Integer> scores = manager.dict();
        dev.mp4j.queues.Queue<Map<String, Integer>> q = manager.queue();
        q.put(scores);
        runInWorker(() -> q.get().put("from the worker", 7));
        assertEquals(Map.of("from the worker", 7), new java.util.HashMap<>(scores));
    }

    @Test
    void theServerDropsAnObjectOnceEveryProxyIsGone() {
        int before = manager.objectCount();
        Maths maths = manager.create("Maths");
        assertEquals(before + 1, manager.objectCount());
        assertEquals(2, maths.add(1, 1));
        maths = null;
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            System.gc();
            return manager.objectCount() == before;
        });
    }

    @Test
    void theManagersPrimitivesWorkBetweenWorkers() {
        dev.mp4j.sync.Lock lock = manager.lock();
        dev.mp4j.queues.Queue<Integer> queue = manager.queue();
        dev.mp4j.shared.Value<Integer> counter = manager.value('i', 0);
        dev.mp4j.sync.Event done = manager.event();
        runInWorkers(2, () -> {
            for (int i = 0; i < 100; i++) {
                try (var _ = lock.hold()) {
                    counter.set(counter.get() + 1);
                }
            }
            queue.put(1);
            done.set();
        });
        assertEquals(200, counter.get());
        assertEquals(2, queue.get() + queue.get());
        assertTrue(done.isSet());
        assertEquals(List.of(1, 2, 3), manager.<Integer>array('i', List.of(1, 2, 3)).toList());
    }

    @Test
    void theManagersPoolIsAPoolOfItsContextWhoseTasksReachItsDict() {
        Map<Integer, Integer> squares = manager.dict();
        try (dev.mp4j.pool.Pool pool = manager.pool(2)) {
            assertEquals(List.of(1, 4, 9), pool.map((Integer x) -> {
                squares.put(x, x * x);
                return x * x;
            }, List.of(1, 2, 3)));
        }
        assertEquals(Map.of(1, 1, 2, 4, 3, 9), new java.util.HashMap<>(squares));
    }

    @Test
    void aPrimitiveNeedsAStartedManager() {
        Manager idle = new Manager(context());
        IllegalStateException e = assertThrows(IllegalStateException.class, idle::lock);
        assertTrue(e.getMessage().contains("start()"), e.getMessage());
    }

    @Test
    void describeNamesAProxyAndGetValueCopiesItsReferent() {
        Maths maths = manager.create("Maths");
        assertTrue(BaseManager.describe(maths).matches("<AutoProxy\\[Maths\\] object, typeid 'Maths', id \\d+ at .+>"),
                BaseManager.describe(maths));
        assertEquals("plain", BaseManager.describe("plain"));
        assertThrows(IllegalArgumentException.class, () -> BaseManager.getValue("plain"));
        if (spawn()) {
            List<Integer> l = manager.list(List.of(1, 2));
            assertTrue(BaseManager.describe(l).startsWith("<ListProxy object, typeid 'list', id "), BaseManager.describe(l));
            List<Integer> copy = BaseManager.getValue(l);
            assertEquals(ArrayList.class, copy.getClass());
            assertEquals(List.of(1, 2), copy);
            Map<String, Integer> d = manager.dict(Map.of("a", 1));
            assertEquals(java.util.LinkedHashMap.class, BaseManager.<Map<String, Integer>>getValue(d).getClass());
        }
        assertThrows(dev.mp4j.core.SerializationError.class, () -> BaseManager.getValue(maths));
    }

    @Test
    void anUnregisteredTypeIdIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> manager.create("Nope"));
        assertTrue(e.getMessage().contains("'Nope'"), e.getMessage());
    }

    @Test
    void aTypeMustBeAnInterface() {
        BaseManager m = new BaseManager(context());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.register("Impl", args -> new MathsImpl(), MathsImpl.class));
        assertTrue(e.getMessage().contains("must be an interface"), e.getMessage());
    }

    @Test
    void afterShutdownTheManagerAndItsProxiesFail() {
        Maths maths = manager.create("Maths");
        manager.shutdown();
        assertThrows(IllegalStateException.class, () -> manager.create("Maths"));
        assertThrows(RuntimeException.class, () -> maths.add(1, 1));
        assertThrows(IllegalStateException.class, () -> manager.register("X", Maths.class));
    }

    @Test
    void aRemoteManagerServesClientsWithItsKey() throws Exception {
        byte[] key = "secret password".getBytes();
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        Server server = new BaseManager(context(), "127.0.0.1:0", key)
                .register("getQueue", args -> queue, BlockingQueue.class).getServer();
        Thread serving = Thread.ofPlatform().daemon().start(server::serveForever);
        try {
            String address = server.address();
            runInWorker(() -> {
                BaseManager client = new BaseManager(address, "secret password".getBytes());
                client.register("getQueue", BlockingQueue.class).connect();
                BlockingQueue<String> q = client.create("getQueue");
                q.put("hello");
                client.close();
            });
            assertEquals("hello", queue.take());
            BaseManager intruder = new BaseManager(address, "wrong".getBytes()).register("getQueue", BlockingQueue.class);
            assertThrows(AuthenticationError.class, intruder::connect);
        } finally {
            server.close();
            serving.join();
        }
    }

    protected final Manager manager() {
        return manager;
    }
}
