package dev.mp4j.managers;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import dev.mp4j.queues.JoinableQueue;
import dev.mp4j.queues.Queue;
import dev.mp4j.shared.Array;
import dev.mp4j.shared.Value;
import dev.mp4j.sync.Barrier;
import dev.mp4j.sync.BoundedSemaphore;
import dev.mp4j.sync.Condition;
import dev.mp4j.sync.Event;
import dev.mp4j.sync.Lock;
import dev.mp4j.sync.RLock;
import dev.mp4j.sync.Semaphore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code multiprocessing.Manager()}, a {@code SyncManager}: a {@link BaseManager}
 * with the shared built-in types.
 *
 * <pre>{@code
 * try (Manager manager = Manager.start(ctx)) {
 *     List<Integer> shared = manager.list();
 *     Process p = new Process(ctx, () -> shared.add(42));
 *     p.start();
 *     p.join();
 *     System.out.println(shared);            // [42]
 * }
 * }</pre>
 *
 * <p><b>Contexts.</b> In the spawn context the server is a child JVM, and {@link #dict()},
 * {@link #list()} and {@link #namespace()} return proxies: a real {@code Map}, {@code List}
 * and {@link Namespace}, each call one round trip, atomic in the server (as Python's
 * built-ins under its GIL). In the threads context, as Python's
 * {@code multiprocessing.dummy.Manager()}, they return the objects themselves, thread-safe:
 * a synchronized insertion-ordered map, a synchronized list, a namespace. Types registered
 * on a manager are served by its server in either context (a thread in this JVM for threads).
 *
 * <p><b>Primitives.</b> {@link #lock()}, {@link #rlock()}, {@link #semaphore},
 * {@link #boundedSemaphore}, {@link #condition()}, {@link #event()}, {@link #barrier},
 * {@link #queue()}, {@link #joinableQueue()}, {@link #value}, {@link #array} and
 * {@link #pool} return the context's own primitives, not proxies: in Python a manager's {@code Lock()} or
 * {@code Queue()} is how a primitive reaches a Pool worker, which a plain one cannot; in mp4j
 * a spawn primitive travels to Pool tasks, through queues and to any process itself, and
 * waits without a round trip (a futex on mapped memory). They live as long as a handle of
 * them does, not as long as the manager. Machines other than this one reach a server only
 * through the types registered with it.
 */
public class Manager extends BaseManager {

    static final String DICT = "dict";
    static final String LIST = "list";
    static final String NAMESPACE = "Namespace";

    /** A manager of {@code context}, not started: register types first, then {@link #start()}. */
    public Manager(Context context) {
        super(context);
        registerBuiltIn(DICT, args -> new ManagedDict<>(args.length == 0 ? Map.of() : (Map<?, ?>) args[0]), DictOps.class);
        registerBuiltIn(LIST, args -> new ManagedList<>(args.length == 0 ? List.of() : (Collection<?>) args[0]),
                ListOps.class);
        registerBuiltIn(NAMESPACE, args -> new LocalNamespace(), Namespace.class);
    }

    /** A started manager of {@code context}. */
    public static Manager start(Context context) {
        Manager m = new Manager(context);
        m.start();
        return m;
    }

    /** A new empty shared map, keys in insertion order (Python's {@code dict()}). */
    public <K, V> Map<K, V> dict() {
        return dict(Map.of());
    }

    /** A new shared map holding {@code initial}'s entries, in its order. */
    public <K, V> Map<K, V> dict(Map<? extends K, ? extends V> initial) {
        LinkedHashMap<K, V> copy = new LinkedHashMap<>(initial);
        return inThreads() ? Collections.synchronizedMap(copy) : create(DICT, copy);
    }

    /** A new empty shared list (Python's {@code list()}). */
    public <E> List<E> list() {
        return list(List.of());
    }

    /** A new shared list holding {@code initial}'s elements, in order. */
    public <E> List<E> list(Collection<? extends E> initial) {
        ArrayList<E> copy = new ArrayList<>(initial);
        return inThreads() ? Collections.synchronizedList(copy) : create(LIST, copy);
    }

    /** The context's {@link Lock} (Python's {@code manager.Lock()}). */
    public Lock lock() {
        return new Lock(started());
    }

    /** The context's {@link RLock} (Python's {@code manager.RLock()}). */
    public RLock rlock() {
        return new RLock(started());
    }

    /** The context's {@link Semaphore} of {@code value} permits (Python's {@code manager.Semaphore(value)}). */
    public Semaphore semaphore(int value) {
        return new Semaphore(started(), value);
    }

    /** The context's {@link BoundedSemaphore} (Python's {@code manager.BoundedSemaphore(value)}). */
    public BoundedSemaphore boundedSemaphore(int value) {
        return new BoundedSemaphore(started(), value);
    }

    /** The context's {@link Condition}, with an RLock of its own (Python's {@code manager.Condition()}). */
    public Condition condition() {
        return new Condition(started());
    }

    /** The context's {@link Event} (Python's {@code manager.Event()}). */
    public Event event() {
        return new Event(started());
    }

    /** The context's {@link Barrier} for {@code parties} (Python's {@code manager.Barrier(parties)}). */
    public Barrier barrier(int parties) {
        return new Barrier(started(), parties);
    }

    /** The context's unbounded {@link Queue} (Python's {@code manager.Queue()}). */
    public <E> Queue<E> queue() {
        return new Queue<>(started());
    }

    /** The context's {@link Queue} of at most {@code maxsize} items (0 or less: unbounded). */
    public <E> Queue<E> queue(int maxsize) {
        return new Queue<>(started(), maxsize);
    }

    /** The context's unbounded {@link JoinableQueue} (Python's {@code manager.JoinableQueue()}). */
    public <E> JoinableQueue<E> joinableQueue() {
        return new JoinableQueue<>(started());
    }

    /** The context's {@link Value} of {@code typecode}, holding {@code initial} (Python's {@code manager.Value(typecode, x)}). */
    public <T> Value<T> value(char typecode, T initial) {
        return Value.of(started(), typecode, initial);
    }

    /** The context's {@link Array} of {@code typecode}, holding {@code items} (Python's {@code manager.Array(typecode, seq)}). */
    public <T> Array<T> array(char typecode, List<? extends T> items) {
        return Array.of(started(), typecode, items);
    }

    /**
     * A {@link Pool} of the context with {@code processes} workers (Python's
     * {@code manager.Pool(processes)}). Python's is a proxy, so that other processes may hand it
     * tasks; mp4j's is the caller's own, as a Pool is in mp4j: its tasks reach the manager's
     * objects through their proxies, and other processes hand work to it through a queue.
     */
    public Pool pool(int processes) {
        return new Pool(started(), processes);
    }

    /** The context, once the manager is started (as Python's factories need a running manager). */
    private Context started() {
        address();
        return context();
    }

    /** A new shared namespace (Python's {@code Namespace()}). */
    public Namespace namespace() {
        return inThreads() ? new LocalNamespace() : create(NAMESPACE);
    }
}
