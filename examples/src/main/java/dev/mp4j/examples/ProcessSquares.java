package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Basic Example: Multiprocessing in Action": five
 * processes each print the square of their number, and the main process waits for all of
 * them with {@code join()}.
 *
 * <pre>
 * Process 0: Square of 0 is 0
 * Process 1: Square of 1 is 1
 * ...
 * All processes are complete!
 * </pre>
 *
 * The lines of the workers come in whatever order they run.
 */
final class ProcessSquares implements Example {

    @Override
    public String name() {
        return "process-squares";
    }

    @Override
    public String description() {
        return "five processes print the square of their number; join() waits for them all";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int number = i;
            Process process = new Process(context, () -> calculateSquare(number));
            processes.add(process);
            process.start();
        }
        for (Process process : processes) {
            process.join();
        }
        System.out.println("All processes are complete!");
    }

    private static void calculateSquare(int number) {
        System.out.println("Process " + number + ": Square of " + number + " is " + number * number);
    }
}
