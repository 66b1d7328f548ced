package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Port of seed 003_13e04ca231a68c1a.txt, "Contexts and Start Methods", its spawn cell: two
 * processes, one prints a range, the other the letters of a list of character codes.
 *
 * <pre>
 * range(0, 10)
 * [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z]
 * </pre>
 * (in either order). The seed passes {@code args=range(97, 123)}, 26 arguments to a function of
 * one; in Python the child dies of that TypeError. In Java such a call does not compile, so the
 * port passes the list, as the seed meant.
 */
final class PrintRangeAscii implements Example {

    @Override
    public String name() {
        return "print-range-ascii";
    }

    @Override
    public String description() {
        return "two processes of the spawn cell: one prints range(0, 10), one the letters of codes 97..122";
    }

    @Override
    public String seedFile() {
        return "003_13e04ca231a68c1a.txt";
    }

    static void printRange(int start, int stop, int step) {
        System.out.println(step == 1 ? "range(" + start + ", " + stop + ")"
                : "range(" + start + ", " + stop + ", " + step + ")");
    }

    static void printAscii(List<Integer> asciiList) {
        System.out.println(asciiList.stream().map(c -> Character.toString(c)).collect(Collectors.joining(", ", "[", "]")));
    }

    /** Starts and joins the seed's two processes in {@code context}. */
    static void startBoth(Context context) {
        List<Integer> codes = IntStream.range(97, 123).boxed().toList();
        Process p1 = new Process(context, () -> printRange(0, 10, 1));
        Process p2 = new Process(context, () -> printAscii(codes));
        p1.start();
        p2.start();
        p1.join();
        p2.join();
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        startBoth(context);
    }
}
