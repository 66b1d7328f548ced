package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.managers.BaseManager;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Demonstration of how to create and use customized
 * managers and proxies": one class served under two type ids that expose different methods,
 * a generator served as a proxy iterator, and an "operator module".
 *
 * <pre>
 * --------------------
 * you called Foo.f()
 * you called Foo.g()
 * --------------------
 * you called Foo.g()
 * you called Foo._h()
 * --------------------
 * &lt;0&gt; &lt;1&gt; &lt;4&gt; &lt;9&gt; &lt;16&gt; &lt;25&gt; &lt;36&gt; &lt;49&gt; &lt;64&gt; &lt;81&gt;
 * --------------------
 * op.add(23, 45) = 68
 * op.pow(2, 94) = 19807040628566084398385987584
 * op exposes [add, pow]
 * </pre>
 *
 * What a proxy exposes is its interface: {@code Foo1} is served as {@code FG} ({@code f},
 * {@code g}), {@code Foo2} as {@code GH} ({@code g}, and {@code h} for Python's {@code _h}),
 * so Python's {@code assert not hasattr(f1, '_h')} is a compile error here. The lines
 * "you called ..." are printed by the server (a child JVM under spawn), which flushes each
 * before its call returns. {@code baz} returns an {@code Iterator}, whose proxy is Python's
 * GeneratorProxy: each {@code next()} a round trip. Python's operator module becomes an
 * interface of the two functions the seed calls; its exposed list is that interface's.
 */
final class ManagerProxies implements Example {

    public interface FG {
        void f();

        void g();
    }

    public interface GH {
        void g();

        void h();
    }

    /** The operator functions the seed calls. */
    public interface Operator {
        int add(int a, int b);

        BigInteger pow(int base, int exponent);
    }

    static final class Foo implements FG, GH {
        @Override
        public void f() {
            say("you called Foo.f()");
        }

        @Override
        public void g() {
            say("you called Foo.g()");
        }

        @Override
        public void h() {
            say("you called Foo._h()");
        }

        private static void say(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }

    static final class OperatorModule implements Operator {
        @Override
        public int add(int a, int b) {
            return a + b;
        }

        @Override
        public BigInteger pow(int base, int exponent) {
            return BigInteger.valueOf(base).pow(exponent);
        }
    }

    @Override
    public String name() {
        return "manager-proxies";
    }

    @Override
    public String description() {
        return "customized proxies: exposed methods, a generator proxy, an operator module";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        BaseManager manager = new BaseManager(context)
                .register("Foo1", a -> new Foo(), FG.class)
                .register("Foo2", a -> new Foo(), GH.class)
                .register("baz", a -> baz(), Iterator.class)
                .register("operator", a -> new OperatorModule(), Operator.class);
        try (manager) {
            manager.start();
            System.out.println("-".repeat(20));
            FG f1 = manager.create("Foo1");
            f1.f();
            f1.g();
            System.out.println("-".repeat(20));
            GH f2 = manager.create("Foo2");
            f2.g();
            f2.h();
            System.out.println("-".repeat(20));
            Iterator<Integer> it = manager.create("baz");
            StringBuilder line = new StringBuilder();
            while (it.hasNext()) {
                line.append('<').append(it.next()).append("> ");
            }
            System.out.println(line);
            System.out.println("-".repeat(20));
            Operator op = manager.create("operator");
            System.out.println("op.add(23, 45) = " + op.add(23, 45));
            System.out.println("op.pow(2, 94) = " + op.pow(2, 94));
            System.out.println("op exposes " + Arrays.stream(Operator.class.getMethods()).map(m -> m.getName()).sorted().toList());
        }
    }

    /** The seed's generator: the squares of 0 to 9. */
    private static Iterator<Integer> baz() {
        return IntStream.range(0, 10).map(i -> i * i).iterator();
    }
}
