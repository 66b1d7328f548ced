package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import dev.mp4j.sync.Event;
import java.time.Duration;
import java.util.List;

/**
 * Port of seed 002_ed2128a47af50195.txt, "Event": one process waits for an {@link Event}
 * without a limit, another for at most 2 s; the main process sets the event after the
 * second has given up.
 *
 * <pre>
 * wait_for_event: starting
 * wait_for_event_timeout: starting
 * wait_for_event_timeout: e.is_set->False
 * main: event is set
 * wait_for_event: e.is_set()->True
 * </pre>
 *
 * The seed sleeps 3 s before setting the event; the port joins the timed waiter instead,
 * which gives the same order without guessing a duration. After the set, main and the woken
 * waiter print at the same moment, so the last two lines may come in either order (in the
 * seed too; a child JVM wakes fast enough to show it). (The seed's typos
 * "wairt_for_event" and the missing spaces are not kept.)
 */
final class EventWait implements Example {

    @Override
    public String name() {
        return "event-wait";
    }

    @Override
    public String description() {
        return "a blocking waiter and a 2 s timed waiter on an Event that main sets later";
    }

    @Override
    public String seedFile() {
        return "002_ed2128a47af50195.txt";
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        Event e = new Event(context);
        Process w1 = new Process(context, () -> waitForEvent(e), "block");
        Process w2 = new Process(context, () -> waitForEventTimeout(e, Duration.ofSeconds(2)), "non-block");
        w1.start();
        w2.start();
        w2.join();
        e.set();
        System.out.println("main: event is set");
        w1.join();
    }

    private static void waitForEvent(Event e) {
        System.out.println("wait_for_event: starting");
        e.await();
        System.out.println("wait_for_event: e.is_set()->" + pythonBool(e.isSet()));
    }

    private static void waitForEventTimeout(Event e, Duration t) {
        System.out.println("wait_for_event_timeout: starting");
        e.await(t);
        System.out.println("wait_for_event_timeout: e.is_set->" + pythonBool(e.isSet()));
    }

    private static String pythonBool(boolean b) {
        return b ? "True" : "False";
    }
}
