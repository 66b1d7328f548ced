package dev.mp4j.examples;

import java.util.List;

/** Parsers for the few arguments examples take; a bad argument is a {@link UsageError}. */
public final class ExampleArguments {

    private ExampleArguments() {}

    /** Checks that {@code example} was given no arguments. */
    public static void none(Example example, List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageError(example.name() + " takes no arguments, got " + args);
        }
    }

    /** The optional positive count that is the only argument of {@code example}, else {@code fallback}. */
    public static int count(Example example, List<String> args, int fallback) {
        if (args.isEmpty()) {
            return fallback;
        }
        if (args.size() > 1) {
            throw new UsageError(example.name() + " takes at most one argument (a count), got " + args);
        }
        try {
            int count = Integer.parseInt(args.getFirst());
            if (count > 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // Reported below with the same message as a count that is not positive.
        }
        throw new UsageError(example.name() + ": the count must be a positive integer, got '"
                + args.getFirst() + "'");
    }
}
