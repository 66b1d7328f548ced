package dev.mp4j.core.internal.shm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessIdentityTest {

    /** A live process other than this JVM: the one that started it. */
    private static ProcessIdentity parent() {
        return ProcessIdentity.of(ProcessHandle.current().parent().orElseThrow());
    }

    @Test
    void aLiveProcessWhoseStartAnotherJvmSeesASecondOffIsStillAlive() {
        ProcessIdentity parent = parent();
        assertTrue(parent.isAlive());
        // Another JVM read a boot time one second apart (a stepped wall clock): same process.
        assertTrue(new ProcessIdentity(parent.pid(), parent.startMillis() + 1_000).isAlive());
        assertTrue(new ProcessIdentity(parent.pid(), parent.startMillis() - 2_000).isAlive());
    }

    @Test
    void aStartFarFromTheLiveOnesIsAnotherProcessThatDied() {
        ProcessIdentity parent = parent();
        assertFalse(new ProcessIdentity(parent.pid(), parent.startMillis() - 60_000).isAlive(),
                "the same pid started a minute earlier: a reused pid");
        assertFalse(new ProcessIdentity(ProcessIdentity.current().pid(),
                ProcessIdentity.current().startMillis() - 1).isAlive(), "this JVM knows its own start exactly");
    }

    @Test
    void procStatReadsTheStartTheJdkReports() {
        long fromProc = ProcStat.startMillis(parent().pid());
        assumeTrue(fromProc != ProcStat.UNSUPPORTED, "no Linux /proc here: ProcessHandle answers alone");
        assertTrue(ProcessIdentity.sameStart(parent().startMillis(), fromProc),
                "/proc says " + fromProc + ", the JDK " + parent().startMillis());
    }

    @Test
    void aKilledChildIsDead() throws Exception {
        java.lang.Process child = new ProcessBuilder("sleep", "60").start();
        ProcessIdentity identity = ProcessIdentity.of(child.toHandle());
        assertTrue(identity.isAlive());
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        assertFalse(identity.isAlive());
    }
}
