package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.managers.Manager;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Manager: Shared State Across Processes": three
 * processes append 0, 1, 2 to a manager's list; main prints it.
 *
 * <pre>
 * Final Shared List: [0, 1, 2, 0, 1, 2, 0, 1, 2]
 * </pre>
 *
 * Each append is one round trip to the manager's server (a child JVM under spawn), where
 * the list lives; the three processes run at once, so their appends may interleave, as in
 * Python. In the threads context the manager hands out the list itself, synchronized.
 */
final class ManagerList implements Example {

    @Override
    public String name() {
        return "manager-list";
    }

    @Override
    public String description() {
        return "three processes append to a Manager's list";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        try (Manager manager = Manager.start(context)) {
            List<Integer> sharedList = manager.list();
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                processes.add(new Process(context, () -> appendItems(sharedList)));
            }
            processes.forEach(Process::start);
            processes.forEach(Process::join);
            System.out.println("Final Shared List: " + new ArrayList<>(sharedList));
        }
    }

    private static void appendItems(List<Integer> sharedList) {
        for (int i = 0; i < 3; i++) {
            sharedList.add(i);
        }
    }
}
