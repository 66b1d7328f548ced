package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example: Running multiple processes": four processes
 * started one after another, then joined, each greeting with the name it was given.
 *
 * <pre>
 * Hello from process: Process-1
 * Hello from process: Process-2
 * Hello from process: Process-3
 * Hello from process: Process-4
 * </pre>
 * (in the order the processes happen to run)
 */
final class ProcessHello implements Example {

    @Override
    public String name() {
        return "process-hello";
    }

    @Override
    public String description() {
        return "four processes, started then joined, print the name they were given";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    private static void workerFunction(String name) {
        System.out.println("Hello from process: " + name);
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String name = "Process-" + (i + 1);
            Process p = new Process(context, () -> workerFunction(name));
            processes.add(p);
            p.start();
        }
        for (Process p : processes) {
            p.join();
        }
    }
}
