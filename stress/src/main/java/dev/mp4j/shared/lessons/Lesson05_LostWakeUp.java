package dev.mp4j.shared.lessons;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import dev.mp4j.sync.Event;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/*
    Lesson 5: the lost wake-up, with a flag versus with an Event.

    A waiter must sleep until a setter says "ready". Done by hand with a flag and a
    wake-up call:
        waiter:  if (!ready) { ...; sleep until woken }
        setter:  ready = true; wake the sleepers
    If the setter runs between the waiter's check and its sleep, the wake-up goes to
    nobody, and the waiter then sleeps forever: the lost wake-up. (The "..." stands for
    anything the waiter does in between; here a Thread.yield() makes the window visible.)

    An Event makes the check and the sleep one step: Event.await() returns at once if the
    flag is set, and a set() that comes while the waiter is going to sleep still wakes it
    (the futex only sleeps while the word still holds the value the waiter checked).

    How to run this lesson, from the repository root, with a JDK 25 java:
        cd stress/target && java -jar jcstress.jar -m quick -t Lesson05_LostWakeUp \
            -jvmArgsPrepend --enable-native-access=ALL-UNNAMED
    or through Maven:
        mvn -f stress/pom.xml verify -Dstress.tests=Lesson05

    A real run of WithAFlag (the short mode of the Maven build; 2 cores, x86_64, JDK 25).
    A stale waiter never ends, so jcstress restarts the JVM after each one: few samples.

            RESULT  SAMPLES     FREQ       EXPECT  DESCRIPTION
             STALE        4  100.00%  Interesting  Lost wake-up: the setter woke nobody between the waiter's...
        TERMINATED        0    0.00%   Acceptable  The waiter saw the flag or was woken.

    What a student should see: in WithAFlag, runs end STALE (Interesting): the waiter
    never woke. In WithAnEvent, every run ends TERMINATED; STALE is Forbidden.
 */
public class Lesson05_LostWakeUp {

    private Lesson05_LostWakeUp() {}

    /** A flag and Object.wait/notifyAll, with the check outside the monitor. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The waiter saw the flag or was woken.")
    @Outcome(id = "STALE", expect = ACCEPTABLE_INTERESTING,
            desc = "Lost wake-up: the setter woke nobody between the waiter's check and its sleep. Fix: an Event.")
    @State
    public static class WithAFlag {
        private volatile boolean ready;
        private final Object monitor = new Object();

        @Actor
        public void waiter() throws InterruptedException {
            if (!ready) {
                Thread.yield();
                synchronized (monitor) {
                    monitor.wait();
                }
            }
        }

        @Signal
        public void setter() {
            ready = true;
            synchronized (monitor) {
                monitor.notifyAll();
            }
        }
    }

    /** An Event: checking and sleeping are one step. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The waiter saw the event set or was woken by the set.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up despite the Event.")
    @State
    public static class WithAnEvent {
        private final Event ready = new Event(Context.threads());

        @Actor
        public void waiter() {
            ready.await();
        }

        @Signal
        public void setter() {
            ready.set();
        }
    }
}
