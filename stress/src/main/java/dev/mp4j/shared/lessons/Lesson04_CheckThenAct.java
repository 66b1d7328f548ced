package dev.mp4j.shared.lessons;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import dev.mp4j.shared.Value;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/*
    Lesson 4: check-then-act on a Value.

    A shared balance holds 1. Two workers each withdraw 1 if there is enough:
        if (balance.get() >= 1) balance.set(balance.get() - 1);
    Each step is safe alone, but the check and the act are two steps: both workers can
    see 1, both withdraw, and the balance ends at -1, an overdraft that "cannot happen".
    This is Lesson 1's race with a decision in the middle, and it bites code that looks
    careful. The fix is the same: hold balance.getLock() (with balance.hold()) across the
    check and the act, as the second test here does; then exactly one withdrawal happens.

    How to run this lesson, from the repository root, with a JDK 25 java:
        cd stress/target && java -jar jcstress.jar -m quick -t Lesson04_CheckThenAct \
            -jvmArgsPrepend --enable-native-access=ALL-UNNAMED
    or through Maven:
        mvn -f stress/pom.xml verify -Dstress.tests=Lesson04

    A real run of Unguarded (the short mode of the Maven build, all JVM configurations
    merged; 2 cores, x86_64, JDK 25):

          RESULT    SAMPLES     FREQ       EXPECT  DESCRIPTION
         0, 1, 0    626,763   29.26%   Acceptable  One withdrawal: the other worker saw the balance at 0.
         1, 0, 0  1,461,502   68.22%   Acceptable  One withdrawal: the other worker saw the balance at 0.
        1, 1, -1     27,905    1.30%  Interesting  Overdraft: both workers saw 1 and both withdrew. Fix: hol...
         1, 1, 0     26,114    1.22%  Interesting  Both withdrew and one write was lost on top.

    What a student should see (r1, r2: whether each worker withdrew; r3: the final balance):
    in Unguarded, "1, 1, -1" appears now and then (Interesting): both withdrew. In Guarded,
    it never does (Forbidden), only "1, 0, 0" and "0, 1, 0".
 */
public class Lesson04_CheckThenAct {

    private Lesson04_CheckThenAct() {}

    static int withdraw(Value<Integer> balance) {
        if (balance.get() >= 1) {
            balance.set(balance.get() - 1);
            return 1;
        }
        return 0;
    }

    /** The check and the act as two steps. */
    @JCStressTest
    @Outcome(id = {"1, 0, 0", "0, 1, 0"}, expect = ACCEPTABLE, desc = "One withdrawal: the other worker saw the balance at 0.")
    @Outcome(id = "1, 1, -1", expect = ACCEPTABLE_INTERESTING,
            desc = "Overdraft: both workers saw 1 and both withdrew. Fix: hold the lock across check and act.")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "Both withdrew and one write was lost on top.")
    @State
    public static class Unguarded {
        private final Value<Integer> balance = Value.ofInt(Context.threads(), 1);

        @Actor
        public void worker1(III_Result r) {
            r.r1 = withdraw(balance);
        }

        @Actor
        public void worker2(III_Result r) {
            r.r2 = withdraw(balance);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = balance.get();
        }
    }

    /** The check and the act under the Value's lock: one step for every other worker. */
    @JCStressTest
    @Outcome(id = {"1, 0, 0", "0, 1, 0"}, expect = ACCEPTABLE, desc = "One withdrawal: the other worker saw the balance at 0.")
    @Outcome(expect = FORBIDDEN, desc = "Overdraft despite the lock.")
    @State
    public static class Guarded {
        private final Value<Integer> balance = Value.ofInt(Context.threads(), 1);

        @Actor
        public void worker1(III_Result r) {
            try (var _ = balance.hold()) {
                r.r1 = withdraw(balance);
            }
        }

        @Actor
        public void worker2(III_Result r) {
            try (var _ = balance.hold()) {
                r.r2 = withdraw(balance);
            }
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = balance.get();
        }
    }
}
