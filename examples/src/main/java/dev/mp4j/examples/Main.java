package dev.mp4j.examples;

import dev.mp4j.core.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of {@code mp4j-examples.jar}.
 *
 * <pre>
 * java -jar mp4j-examples.jar                                   run the tour
 * java -jar mp4j-examples.jar list [--by-seed]                  name every example, by topic or by seed
 * java -jar mp4j-examples.jar NAME [--context=threads|spawn] [ARGS...]
 * </pre>
 *
 * <p>The context defaults to {@code threads}. Exit codes: 0 when the example ran, 1 when
 * it failed, 2 for a command line it cannot run (an unknown name, a bad option or argument).
 */
public final class Main {

    private static final String CONTEXT_OPTION = "--context=";

    private static final String BY_SEED = "--by-seed";

    private static final String USAGE = """
            usage: java -jar mp4j-examples.jar                      run a short tour
                   java -jar mp4j-examples.jar list [--by-seed]     name every example, by topic or by seed
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
                list(args.subList(1, args.size()));
            }
            case "help", "-h", "--help" -> System.out.println(USAGE);
            default -> runOne(command, args.subList(1, args.size()));
        }
    }

    /** Prints every example under its group's title, or with {@code --by-seed} under its seed's. */
    private static void list(List<String> options) {
        Map<String, List<Example>> sections = new LinkedHashMap<>();
        if (options.isEmpty()) {
            Examples.groups().forEach(g -> sections.put(g.title(), g.examples()));
        } else if (options.equals(List.of(BY_SEED))) {
            Examples.all().stream()
                    .sorted(Comparator.comparing(Example::seedFile)) // NO_SEED, "none", sorts last
                    .forEach(e -> sections.computeIfAbsent(seedTitle(e.seedFile()), t -> new ArrayList<>()).add(e));
        } else {
            throw new UsageError("list takes no argument but " + BY_SEED + ", got " + options);
        }
        int width = Examples.all().stream().mapToInt(e -> e.name().length()).max().orElse(0);
        sections.forEach((title, examples) -> {
            System.out.println(title);
            for (Example example : examples) {
                System.out.printf("  %-" + width + "s  %-4s %s%n",
                        example.name(), seedNumber(example.seedFile()), example.description());
            }
        });
    }

    /** {@code 001} of {@code 001_37051180ac11844a.txt}; {@code -} for an example no seed holds. */
    private static String seedNumber(String seedFile) {
        return seedFile.equals(Example.NO_SEED) ? "-" : seedFile.substring(0, 3);
    }

    private static String seedTitle(String seedFile) {
        return seedFile.equals(Example.NO_SEED) ? "No seed: from the Python docs"
                : "Seed " + seedFile + ": " + Examples.seedSummary(seedFile);
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
