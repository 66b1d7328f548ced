package dev.mp4j.examples;

import dev.mp4j.core.Context;
import java.util.List;

/**
 * Port of seed 003_13e04ca231a68c1a.txt, "Contexts and Start Methods", its fork and forkserver
 * cells: the same two processes as {@code print-range-ascii}, started with
 * {@code set_start_method('fork')} and {@code ('forkserver')}. A JVM cannot be forked, so mp4j
 * has neither: asking for them fails with an error that says what to use, and the port then
 * runs the program with spares, mp4j's twin of forkserver (child JVMs booted ahead, idle until
 * work comes).
 *
 * <pre>
 * Context.byName("fork"): mp4j has no 'fork' context: a JVM cannot be forked; use spawn ...
 * Context.byName("forkserver"): mp4j has no 'forkserver' context: ... Context.spawn().withSpares(n) ...
 * With Context.spawn().withSpares(2):
 * range(0, 10)
 * [a, b, c, ..., z]
 * </pre>
 * Under {@code --context=threads} the last part runs with threads, which need no spares.
 */
final class ForkForkserver implements Example {

    @Override
    public String name() {
        return "fork-forkserver";
    }

    @Override
    public String description() {
        return "the fork and forkserver start methods are refused with advice; spares stand in for forkserver";
    }

    @Override
    public String seedFile() {
        return "003_13e04ca231a68c1a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        for (String method : List.of("fork", "forkserver")) {
            try {
                Context.byName(method);
                throw new AssertionError("mp4j has a " + method + " context");
            } catch (IllegalArgumentException e) {
                System.out.println("Context.byName(\"" + method + "\"): " + e.getMessage());
            }
        }
        Context instead = context.kind() == Context.Kind.SPAWN ? context.withSpares(2) : context;
        System.out.println(context.kind() == Context.Kind.SPAWN ? "With Context.spawn().withSpares(2):"
                : "With Context.threads():");
        PrintRangeAscii.startBoth(instead);
    }
}
