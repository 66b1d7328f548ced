package dev.mp4j.core;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.internal.shm.RuntimeDirectory;
import dev.mp4j.core.internal.spawn.JvmCommand;
import dev.mp4j.pool.Pool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spare child JVMs ({@link Context#withSpares(int)}): taken by starts and Pool workers,
 * replaced, not children, never handed out dead, gone with their parent. The tests share one
 * spare (each waits for it to be ready), so that each costs about one JVM boot.
 */
@Timeout(120)
class SparesTest {

    private static final Duration BOOT = Duration.ofSeconds(60);
    private static final Context SPARES = Context.spawn().withSpares(1);

    @TempDir
    Path dir;

    @AfterAll
    static void killTheSpares() {
        SparePool.of(List.of()).close();
    }

    /** The pid of the one ready spare, once there is one. */
    private static long readySpare() {
        await().atMost(BOOT).until(() -> SPARES.readySpares() == 1);
        return SparePool.of(List.of()).readyPids().getFirst();
    }

    private static Instant startOf(long pid) {
        return ProcessHandle.of(pid).orElseThrow().info().startInstant().orElseThrow();
    }

    @Test
    void startTakesAReadySpareAndANewOneBoots() {
        long spare = readySpare();
        Instant beforeStart = Instant.now();
        Process p = new Process(SPARES, () -> {});
        p.start();
        assertEquals(spare, p.pid(), "the process runs in the spare");
        assertTrue(startOf(spare).isBefore(beforeStart), "its JVM was booted before start()");
        assertEquals(0, SPARES.readySpares(), "the spare was taken");
        p.join();
        assertEquals(0, p.exitCode());
        assertNotEquals(spare, readySpare(), "a new spare booted in its place");
    }

    @Test
    void idleSparesAreNotActiveChildren() {
        long spare = readySpare();
        assertFalse(Context.activeChildren().stream().anyMatch(p -> p.pid() == spare),
                "an idle spare is not a child: " + Context.activeChildren());
    }

    @Test
    void anExitCodeFromASpareIsAFreshChilds() {
        long spare = readySpare();
        Process exits = new Process(SPARES, () -> Process.exit(7));
        exits.start();
        exits.join();
        assertEquals(spare, exits.pid());
        assertEquals(7, exits.exitCode());
    }

    @Test
    void aKilledIdleSpareIsNotHandedOut() {
        long spare = readySpare();
        ProcessHandle.of(spare).orElseThrow().destroyForcibly();
        await().atMost(BOOT).until(() -> ProcessHandle.of(spare).map(h -> !h.isAlive()).orElse(true));
        Process p = new Process(SPARES, () -> Process.exit(5));
        p.start();
        p.join();
        assertNotEquals(spare, p.pid(), "the dead spare was not used");
        assertEquals(5, p.exitCode(), "the target ran in a live JVM");
        assertNotEquals(spare, readySpare(), "the dead spare was replaced");
    }

    @Test
    void poolWorkersTakeSpares() {
        long spare = readySpare();
        try (Pool pool = new Pool(SPARES, 1)) {
            long worker = pool.apply(() -> ProcessHandle.current().pid());
            assertEquals(spare, worker, "the pool's worker is the spare");
        }
    }

    @Test
    void aReadySpareHoldsNoSharedMemoryAfterItsWarmUp() throws Exception {
        long spare = readySpare();
        String dir = RuntimeDirectory.path().toString();
        List<String> mapped = Files.readAllLines(Path.of("/proc/" + spare + "/maps")).stream()
                .filter(line -> line.contains(dir)).toList();
        assertEquals(List.of(), mapped, "the spare's warm-up unmapped what it mapped");
        try (Stream<Path> files = Files.list(RuntimeDirectory.path())) {
            List<Path> its = files.filter(f -> f.getFileName().toString().startsWith(spare + "-")).toList();
            assertEquals(List.of(), its, "the spare's warm-up removed the files it made");
        }
    }

    @Test
    void badCountsAndContextsAreRefused() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> Context.spawn().withSpares(-1));
        assertEquals("the number of spare JVMs must be 0 or more, not -1", negative.getMessage());
        assertThrows(IllegalStateException.class, () -> Context.threads().withSpares(1));
        assertEquals(0, Context.spawn().withSpares(0).readySpares());
        assertEquals("Context.spawn().withSpares(1)", SPARES.toString());
    }

    /**
     * The JVM under test: runs a process in a spare that prints and throws, prints the pid of
     * the spare that replaced it, then exits ({@code exit}) or hangs until killed
     * ({@code hang}). Its spares must die with it either way.
     */
    public static final class Parent {
        public static void main(String[] args) throws InterruptedException {
            Context ctx = Context.spawn().withSpares(1);
            await().atMost(BOOT).until(() -> ctx.readySpares() == 1);
            long first = SparePool.of(List.of()).readyPids().getFirst();
            Process p = new Process(ctx, () -> {
                System.out.println("printed in a spare");
                throw new IllegalStateException("thrown in a spare");
            });
            p.start();
            p.join();
            await().atMost(BOOT).until(() -> ctx.readySpares() == 1);
            System.out.println("ran-in " + p.pid() + " spare " + first + " exitcode " + p.exitCode()
                    + " idle " + SparePool.of(List.of()).readyPids().getFirst());
            if (args[0].equals("hang")) {
                Thread.sleep(Duration.ofMinutes(2));
            }
        }
    }

    @Test
    void aSparesOutputAndErrorsGoWhereAFreshChildsGoAndItDiesWithItsParent() throws Exception {
        java.lang.Process parent = parent("exit");
        assertTrue(parent.waitFor(BOOT.toSeconds(), TimeUnit.SECONDS), "the parent JVM ended");
        assertEquals(0, parent.exitValue());
        String[] words = parentReport("exit");
        String err = Files.readString(dir.resolve("exit.err"));
        assertTrue(err.contains("Process Process-1:\njava.lang.IllegalStateException: thrown in a spare"), err);
        assertEquals("1", words[5], "an uncaught exception is exit code 1");
        assertGone(Long.parseLong(words[7]));
    }

    @Test
    void sparesExitWhenTheirParentIsKilled() throws Exception {
        java.lang.Process parent = parent("hang");
        await().atMost(BOOT).until(() -> Files.readAllLines(dir.resolve("hang.out")).size() == 2);
        long idle = Long.parseLong(parentReport("hang")[7]);
        parent.destroyForcibly().waitFor();
        assertGone(idle);
    }

    private java.lang.Process parent(String mode) throws Exception {
        java.lang.Process parent = new ProcessBuilder(JvmCommand.of(List.of(), Parent.class.getName(), List.of(mode)))
                .redirectOutput(dir.resolve(mode + ".out").toFile())
                .redirectError(dir.resolve(mode + ".err").toFile()).start();
        parent.getOutputStream().close();
        return parent;
    }

    /** The parent's report: {@code ran-in <pid> spare <pid> exitcode <n> idle <pid>}, once it checked its first line. */
    private String[] parentReport(String mode) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve(mode + ".out"));
        assertEquals("printed in a spare", lines.get(0), String.join("\n", lines));
        String[] words = lines.get(1).split(" ");
        assertEquals(words[1], words[3], "the process ran in the spare: " + lines.get(1));
        return words;
    }

    /** The parent's idle spare ends soon after the parent (it was its only live spare). */
    private static void assertGone(long idle) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(idle).map(h -> !h.isAlive()).orElse(true));
    }
}
