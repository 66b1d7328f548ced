package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.ImapIterator;
import dev.mp4j.pool.Pool;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Handling Exceptions with imap": the imap iterator
 * throws a task's exception at that task's item, and goes on with the items after it.
 *
 * <pre>
 * Result: 0
 * Result: 1
 * Result: 4
 * Error: Cannot process 3
 * Result: 16
 * </pre>
 */
final class PoolImapExceptions implements Example {

    @Override
    public String name() {
        return "pool-imap-exceptions";
    }

    @Override
    public String description() {
        return "imap throws a task's exception at its item and goes on";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (Pool pool = new Pool(context, 4);
                ImapIterator<Integer> results = pool.imap(PoolExceptions::riskyTask,
                        IntStream.range(0, 5).boxed().toList())) {
            for (int i = 0; i < 5; i++) {
                try {
                    int result = results.next();
                    System.out.println("Result: " + result);
                } catch (IllegalArgumentException e) {
                    System.out.println("Error: " + e.getMessage());
                } catch (NoSuchElementException e) {
                    break;
                }
            }
        }
    }
}
