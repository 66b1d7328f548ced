package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.managers.Manager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Port of seed 001_37051180ac11844a.txt, "Using Manager for Shared Data Structures" and
 * "Using a Shared Dictionary with Manager": four processes each set one key of a manager's
 * dict; main prints it.
 *
 * <pre>
 * Shared dictionary: {key-0=0, key-1=1, key-2=2, key-3=3}
 * </pre>
 *
 * Python prints {@code dict(shared_dict)}, in insertion order, which is the order the
 * processes happened to finish; the port prints it sorted by key, so the line is the same
 * every run. {@code --count=N} runs N processes (the second seed's example has 5).
 */
final class ManagerDict implements Example {

    @Override
    public String name() {
        return "manager-dict";
    }

    @Override
    public String description() {
        return "processes each set a key of a Manager's dict";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        int count = ExampleArguments.count(this, args, 4);
        try (Manager manager = Manager.start(context)) {
            Map<String, Integer> sharedDict = manager.dict();
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String key = "key-" + i;
                int value = i;
                processes.add(new Process(context, () -> sharedDict.put(key, value)));
            }
            processes.forEach(Process::start);
            processes.forEach(Process::join);
            System.out.println("Shared dictionary: " + new TreeMap<>(sharedDict));
        }
    }
}
