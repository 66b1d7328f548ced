package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.shared.ShareableList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code ShareableList} documentation example, across two processes: the parent
 * creates the list, a child attaches by name, changes an item's value and then its type, and
 * tries a string too long for the slot. The seeds list Python's shared ctypes
 * (002_ed2128a47af50195.txt) but hold no {@code shared_memory} program.
 *
 * <pre>
 * Created: ShareableList(['howdy', b'HoWdY', -273.154, 100, None, True, 42], name='psm_...')
 * Child: a[2] = -273.154
 * Child: a[2] = -78.5
 * Child: a[2] = 'dry ice'
 * Child: a[2] = "larger than previously allocated storage space" refused: slot 2 ... holds 8 bytes; ...
 * Parent sees: ShareableList(['howdy', b'HoWdY', 'dry ice', 100, None, True, 42], name='psm_...')
 * len 7, index(42) 6, count("howdy") 1, count(b"HoWdY") 1
 * </pre>
 */
final class ShareableListDemo implements Example {

    @Override
    public String name() {
        return "shareable-list";
    }

    @Override
    public String description() {
        return "a ShareableList made by the parent, changed by a child that attaches by name";
    }

    @Override
    public String seedFile() {
        return NO_SEED; // the seeds hold no shared_memory program
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Object> items = Arrays.asList("howdy", "HoWdY".getBytes(), -273.154, 100, null, true, 42);
        try (ShareableList a = ShareableList.of(items)) {
            System.out.println("Created: " + a);
            String name = a.shm().name();
            Process child = new Process(context, () -> change(name));
            child.start();
            child.join();
            System.out.println("Parent sees: " + a);
            System.out.println("len " + a.size() + ", index(42) " + a.index(42) + ", count(\"howdy\") "
                    + a.count("howdy") + ", count(b\"HoWdY\") " + a.count("HoWdY".getBytes()));
            a.unlink();
        }
    }

    private static void change(String name) {
        try (ShareableList a = ShareableList.attach(name)) {
            System.out.println("Child: a[2] = " + a.get(2));
            a.set(2, -78.5);
            System.out.println("Child: a[2] = " + a.get(2));
            a.set(2, "dry ice");                          // changing the type is supported
            System.out.println("Child: a[2] = '" + a.get(2) + "'");
            try {
                a.set(2, "larger than previously allocated storage space");
            } catch (IllegalArgumentException e) {
                System.out.println("Child: a[2] = \"larger than previously allocated storage space\" refused: "
                        + e.getMessage());
            }
        }
    }
}
