package dev.mp4j.shared.lessons;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.mp4j.core.Context;
import dev.mp4j.shared.Value;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/*
    Lesson 1: a shared counter updated with get-then-set loses updates.

    Two workers each run  v.set(v.get() + 1)  on a shared Value that starts at 0. In Python
    this is the classic  counter.value += 1  bug. A Value's lock makes each get() and each
    set() safe on its own, but not the pair: both workers can read 0, both compute 1, both
    write 1. One increment is lost, and the final value is 1 instead of 2.

    This lesson uses the threads context because jcstress creates millions of state objects
    and a spawn-context Value is a memory-mapped file each; the same get-then-set race
    happens between child JVMs, which is what Python users meet.

    The fixes are in the next lessons: hold v.getLock() across the get and the set
    (Lesson02_HoldTheLock), or let the Value add atomically with v.incrementAndGet()
    (Lesson03_IncrementAndGet).

    How to run this lesson, from the repository root, with a JDK 25 java:
        cd stress/target && java -jar jcstress.jar -t Lesson01_UnsynchronizedCounter \
            -jvmArgsPrepend --enable-native-access=ALL-UNNAMED
    or through Maven:
        mvn -f stress/pom.xml verify -Dstress.tests=Lesson01

    A real run (jcstress default mode, all JVM configurations merged; 2 cores, x86_64,
    JDK 25; about 4 minutes):

        RESULT      SAMPLES     FREQ       EXPECT  DESCRIPTION
             1    5,707,691    1.13%  Interesting  Lost update: both actors read 0 and both wrote 1. Fix: ho...
             2  499,598,043   98.87%   Acceptable  No race this time: one actor's get and set both ran befor...
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE,
        desc = "No race this time: one actor's get and set both ran before the other's get.")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING,
        desc = "Lost update: both actors read 0 and both wrote 1. Fix: hold v.getLock() across get and set, "
                + "or use v.incrementAndGet().")
@State
public class Lesson01_UnsynchronizedCounter {

    private final Value<Integer> v = Value.ofInt(Context.threads(), 0);

    @Actor
    public void actor1() {
        v.set(v.get() + 1);
    }

    @Actor
    public void actor2() {
        v.set(v.get() + 1);
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = v.get();
    }
}
