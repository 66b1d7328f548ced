package dev.mp4j.managers;

import dev.mp4j.core.Context;
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

    /** A new shared namespace (Python's {@code Namespace()}). */
    public Namespace namespace() {
        return inThreads() ? new LocalNamespace() : create(NAMESPACE);
    }
}
