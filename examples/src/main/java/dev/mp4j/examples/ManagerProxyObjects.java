package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.managers.BaseManager;
import dev.mp4j.managers.Manager;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Proxy Objects": a manager's list of squares,
 * printed as its referent and described as a proxy, indexed and sliced; then a list stored in
 * another, which stays a proxy of the same list (Python 3.6+).
 *
 * <pre>
 * [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * &lt;ListProxy object, typeid 'list', id 1 at /dev/shm/mp4j-you/...sock&gt;
 * 16
 * [4, 9, 16]
 * [[]] []
 * [hello] [hello]
 * </pre>
 *
 * Python's {@code str(l)} is the proxy's {@code toString()}, the referent's; Python's
 * {@code repr(l)}, {@code <ListProxy object, typeid 'list' at 0x...>}, is
 * {@link BaseManager#describe}, which names the server's address and the object's id where
 * Python gives the proxy's memory address. {@code l[2:5]} is {@code subList(2, 5)}. In the
 * threads context the manager hands out the list itself, so the second line is the list's.
 */
final class ManagerProxyObjects implements Example {

    @Override
    public String name() {
        return "manager-proxy-objects";
    }

    @Override
    public String description() {
        return "a manager's list as a proxy: str and repr, indexing, slicing, nesting";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (Manager manager = Manager.start(context)) {
            List<Integer> l = manager.list(IntStream.range(0, 10).map(i -> i * i).boxed().toList());
            System.out.println(l);
            System.out.println(BaseManager.describe(l));
            System.out.println(l.get(4));
            System.out.println(l.subList(2, 5));

            List<List<String>> a = manager.list();
            List<String> b = manager.list();
            a.add(b); // the referent of a now holds a proxy of b's
            System.out.println(a + " " + b);
            b.add("hello");
            System.out.println(a.get(0) + " " + b);
        }
    }
}
