package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.queues.Empty;
import dev.mp4j.queues.Queue;
import java.time.Duration;
import java.util.List;

/**
 * Port of seed 003_13e04ca231a68c1a.txt, "class multiprocessing.Process", the program with
 * {@code info(title)}, {@code set_start_method('spawn')} and a {@code Queue}, which hangs
 * in the seed until a KeyboardInterrupt. Why: the seed starts
 * {@code Process(target=f, args=(q,))}, but {@code f(name)} takes a name, so the queue
 * becomes the name; f prints {@code Hello, <Queue object>} and puts nothing, and main's
 * {@code q.get()} waits forever. (In the seed's notebook a spawned child also cannot find
 * an {@code f} defined in the notebook, so it dies at start: nothing is put either way.)
 *
 * <p>The port runs the mistake (its {@code f} takes an {@code Object}: with a
 * {@code String} parameter Java would refuse to compile it), shows with a timed
 * {@code get} that nothing comes, then runs the fix: f takes the queue and a name, and puts
 * its greeting, which main prints.
 *
 * <pre>
 * __main__
 * module name: dev.mp4j.examples.QueueGetHang
 * process name: MainProcess
 * ...
 * f
 * ...
 * Hello, &lt;Queue(qsize=0)&gt;
 * q.get() found nothing in 500 ms: f took the queue as its name and put nothing; the seed's q.get() waits forever
 * the fix: f(q, "bob") puts its greeting on the queue
 * f
 * ...
 * Hello, bob
 * </pre>
 *
 * Main joins the mistaken child before its timed get, so the lines come in this order.
 */
final class QueueGetHang implements Example {

    private static final Duration PATIENCE = Duration.ofMillis(500);

    @Override
    public String name() {
        return "queue-get-hang";
    }

    @Override
    public String description() {
        return "why the seed's q.get() hangs (the queue is passed as f's name, nothing is put) and the fix";
    }

    @Override
    public String seedFile() {
        return "003_13e04ca231a68c1a.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        ProcessInfo.info("__main__", QueueGetHang.class);
        Queue<String> q = new Queue<>(context);
        Process p = new Process(context, () -> f(q)); // the seed's mistake: the queue as the name
        p.start();
        p.join();
        try {
            System.out.println(q.get(PATIENCE));
        } catch (Empty e) {
            System.out.println("q.get() found nothing in " + PATIENCE.toMillis() + " ms: f took the queue as its name"
                    + " and put nothing; the seed's q.get() waits forever");
        }
        System.out.println("the fix: f(q, \"bob\") puts its greeting on the queue");
        Process fixed = new Process(context, () -> f(q, "bob"));
        fixed.start();
        System.out.println(q.get());
        fixed.join();
    }

    /** The seed's f: it greets whatever it is given, and has no queue to put on. */
    private static void f(Object name) {
        ProcessInfo.info("f", QueueGetHang.class);
        System.out.println("Hello, " + name);
    }

    private static void f(Queue<String> q, String name) {
        ProcessInfo.info("f", QueueGetHang.class);
        q.put("Hello, " + name);
    }
}
