package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.util.List;

/**
 * Port of seed 002_ed2128a47af50195.txt, the {@code info(title)} example of "The Process
 * class": the main process and a child running {@code f("bob")} each print who they are.
 *
 * <pre>
 * main line
 * module name: dev.mp4j.examples.ProcessInfo
 * process name: MainProcess
 * parent process: 4100
 * process id: 4242
 * function f
 * module name: dev.mp4j.examples.ProcessInfo
 * process name: Process-1
 * parent process: 4242
 * process id: 4307
 * hello bob
 * </pre>
 *
 * Under spawn the child is another JVM, with its own pid, whose parent is the main JVM.
 * Under threads the child is a thread of the main JVM: it has the JVM's pid, and so does
 * its parent (Python's {@code multiprocessing.dummy} behaves the same).
 */
final class ProcessInfo implements Example {

    @Override
    public String name() {
        return "process-info";
    }

    @Override
    public String description() {
        return "the main process and a child print their name, parent pid and pid";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        info("main line");
        Process p = new Process(context, () -> f("bob"));
        p.start();
        p.join();
    }

    private static void f(String name) {
        info("function f");
        System.out.println("hello " + name);
    }

    private static void info(String title) {
        info(title, ProcessInfo.class);
    }

    /**
     * Prints {@code title} and who prints it: module, process name, parent pid and pid.
     * Python prints __name__ as the module name; the example's class is its Java twin. The
     * process name is what tells main and child apart, as '__mp_main__' does for a spawned
     * Python child. A thread worker's pid is its JVM's. One println, so no other worker's
     * line cuts in.
     */
    static void info(String title, Class<? extends Example> module) {
        System.out.println(title + "\n"
                + "module name: " + module.getName() + "\n"
                + "process name: " + Context.currentProcess().name() + "\n"
                + "parent process: " + parentPid() + "\n"
                + "process id: " + Context.currentProcess().pid());
    }

    /** The pid of the parent process; for the main process, the pid of whatever launched the JVM (os.getppid()). */
    private static String parentPid() {
        Process parent = Context.parentProcess();
        if (parent != null) {
            return Long.toString(parent.pid());
        }
        return ProcessHandle.current().parent().map(h -> Long.toString(h.pid())).orElse("unknown");
    }
}
