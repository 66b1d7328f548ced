package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.managers.BaseManager;
import java.util.List;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Customized managers": a manager with a type of
 * its own, {@code Maths}, whose methods run in the manager's server.
 *
 * <pre>
 * 7
 * 56
 * </pre>
 *
 * Python registers the class and calls {@code manager.Maths()}; Java registers the type id
 * with a factory and the interface the proxy implements, and calls
 * {@code manager.create("Maths")}.
 */
final class ManagerMaths implements Example {

    /** What the proxy offers: Python's exposed methods of MathsClass. */
    public interface Maths {
        int add(int x, int y);

        int mul(int x, int y);
    }

    static final class MathsClass implements Maths {
        @Override
        public int add(int x, int y) {
            return x + y;
        }

        @Override
        public int mul(int x, int y) {
            return x * y;
        }
    }

    @Override
    public String name() {
        return "manager-maths";
    }

    @Override
    public String description() {
        return "a customized manager serving a Maths type";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        BaseManager myManager = new BaseManager(context).register("Maths", a -> new MathsClass(), Maths.class);
        try (myManager) {
            myManager.start();
            Maths maths = myManager.create("Maths");
            System.out.println(maths.add(4, 3)); // prints 7
            System.out.println(maths.mul(7, 8)); // prints 56
        }
    }
}
