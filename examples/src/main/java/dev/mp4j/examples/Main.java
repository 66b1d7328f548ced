package dev.mp4j.examples;

import dev.mp4j.core.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of {@code mp4j-examples.jar}.
 *
 * <pre>
 * java -jar mp4j-examples.jar                                   run the tour
 * java -jar mp4j-examples.jar list                              name every example
 * java -jar mp4j-examples.jar NAME [--context=threads|spawn] [ARGS...]
 * </pre>
 *
 * <p>The context defaults to {@code threads}. Exit codes: 0 when the example ran, 1 when
 * it failed, 2 for a command line it cannot run (an unknown name, a bad option or argument).
 */
public final class Main {

    private static final String CONTEXT_OPTION = "--context=";

    private static final String USAGE = """
            usage: java -jar mp4j-examples.jar                      run a short tour
                   java -jar mp4j-examples.jar list                 name every example
                   java -jar mp4j-examples.jar NAME [--context=threads|spawn] [ARGS...]""";

    private Main() {}

    /** Runs the tour, {@code list}, or one example; see the class doc. */
    public static void main(String[] args) throws Exception {
        try {
            dispatch(List.of(args));
        } catch (UsageError e) {
            System.err.println("mp4j-examples: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    private static void dispatch(List<String> args) throws Exception {
        if (args.isEmpty()) {
            Tour.run(System.out);
            return;
        }
        String command = args.getFirst();
        switch (command) {
            case "list" -> {
                if (args.size() > 1) {
                    throw new UsageError("list takes no arguments, got " + args.subList(1, args.size()));
                }
                list();
            }
            case "help", "-h", "--help" -> System.out.println(USAGE);
            default -> runOne(command, args.subList(1, args.size()));
        }
    }

    private static void list() {
        int width = Examples.all().stream().mapToInt(e -> e.name().length()).max().orElse(0);
        for (Example example : Examples.all()) {
            System.out.printf("%-" + width + "s  %s%n", example.name(), example.description());
        }
    }

    private static void runOne(String name, List<String> rest) throws Exception {
        Example example = Examples.byName(name).orElseThrow(() -> new UsageError(
                "unknown example '" + name + "'; 'list' names them all"));
        Context context = Context.threads();
        boolean contextGiven = false;
        List<String> exampleArgs = new ArrayList<>();
        for (String arg : rest) {
            if (arg.startsWith(CONTEXT_OPTION)) {
                if (contextGiven) {
                    throw new UsageError("--context given twice");
                }
                contextGiven = true;
                context = contextNamed(arg.substring(CONTEXT_OPTION.length()));
            } else if (arg.startsWith("--")) {
                throw new UsageError("unknown option '" + arg + "'; the only option is --context=threads|spawn");
            } else {
                exampleArgs.add(arg);
            }
        }
        example.run(context, exampleArgs);
    }

    private static Context contextNamed(String name) {
        try {
            return Context.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage().replace("mp4j context", "context"));
        }
    }
}
