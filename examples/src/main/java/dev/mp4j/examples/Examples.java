package dev.mp4j.examples;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of every example, in groups by what they show; {@code list} prints the groups
 * in this order, {@code list --by-seed} the same examples by the seed they come from.
 */
public final class Examples {

    /** Examples that show one part of mp4j, under a title. */
    public record Group(String title, List<Example> examples) {}

    private static final List<Group> GROUPS = List.of(
            new Group("Processes and contexts", List.of(
                    new ProcessSquares(),
                    new ProcessInfo(),
                    new ProcessHello(),
                    new ClockProcess(),
                    new CpuCount(),
                    new SetStartMethod(),
                    new GetContext(),
                    new PrintRangeAscii(),
                    new ForkForkserver())),
            new Group("Shared memory: Value, Array, SharedMemory, ShareableList", List.of(
                    new ValueRace(),
                    new ValueLock(),
                    new ValueArray(),
                    new ValueNotAtomic(),
                    new SharedMemoryFill(),
                    new ShareableListDemo())),
            new Group("Synchronization: Lock, Event, Semaphore, Condition, Barrier", List.of(
                    new LockPrint(),
                    new LockStartDone(),
                    new LockPlainList(),
                    new EventWait(),
                    new SemaphorePool(),
                    new ConditionBuffer(),
                    new BarrierPhases())),
            new Group("Pool", List.of(
                    new PoolDemo(),
                    new PoolWorkers(),
                    new PoolGetTimeout(),
                    new PoolSquares(),
                    new PoolCubes(),
                    new PoolSubmitResult(),
                    new PoolCheckUrls(),
                    new PoolMapVsAsync(),
                    new PoolStarmap(),
                    new PoolApplyFactorial(),
                    new PoolInitializer(),
                    new PoolCallbacks(),
                    new PoolLifecycle(),
                    new MapAsyncProgress(),
                    new PoolErrors(),
                    new PrimeCheck(),
                    new PoolFiles())),
            new Group("Seed 004's Pool reference, one method at a time", List.of(
                    new PoolBasicUsage(),
                    new PoolDefaultWorkers(),
                    new PoolMapTiming(),
                    new PoolMapChunksize(),
                    new PoolStarmapPower(),
                    new PoolImap(),
                    new PoolImapUnordered(),
                    new PoolApply(),
                    new PoolApplyAsync(),
                    new PoolAsyncResult(),
                    new PoolExceptions(),
                    new PoolImapExceptions(),
                    new PoolDbConnection(),
                    new PoolImages(),
                    new PoolWebScraping())),
            new Group("Seed 004's pool_tutorial.py and its exercises", List.of(
                    new TutorialSpeedup(),
                    new TutorialPoolSizes(),
                    new TutorialMapVsImap(),
                    new TutorialChunksize(),
                    new TutorialBatchImages(),
                    new ExerciseFactorial(),
                    new ExercisePower(),
                    new ExerciseSafeDivide())),
            new Group("ProcessPoolExecutor", List.of(
                    new ExecutorPrimes(),
                    new ExecutorFutures())),
            new Group("Queues", List.of(
                    new QueueWorkers(),
                    new QueueSquares(),
                    new QueueDrain(),
                    new QueueSentinel(),
                    new ProducerConsumer(),
                    new QueueList(),
                    new QueueNowait(),
                    new QueueGetHang())),
            new Group("Pipes, Listener and Client", List.of(
                    new PipeHello(),
                    new PipeSenderReceiver(),
                    new PipeList(),
                    new PipePing(),
                    new ListenerClient(),
                    new PythonInterop())),
            new Group("Managers", List.of(
                    new ManagerList(),
                    new ManagerDict(),
                    new ManagerMaths(),
                    new ManagerRemoteQueue(),
                    new ManagerLocalWorker(),
                    new ManagerProxies(),
                    new ManagerProxyObjects())),
            new Group("Cluster: the same API on Apache Ignite", List.of(
                    new ClusterPool(),
                    new ClusterQueue())));

    private static final List<Example> ALL = GROUPS.stream().flatMap(g -> g.examples().stream()).toList();

    /** What each seed document holds, in a few words (the seeds' README says more). */
    private static final Map<String, String> SEEDS = Map.of(
            "000_1be10c1f8af327c6.txt", "the Python docs' Pool demo and worker demo",
            "001_37051180ac11844a.txt", "a tutorial: processes, pools, queues, shared values, managers",
            "002_ed2128a47af50195.txt", "notes on the Python 3.6 reference",
            "003_13e04ca231a68c1a.txt", "a notebook: cpu_count, Pool, AsyncResult, start methods",
            "004_6b5411fe1d194d98.txt", "a Pool tutorial, its exercises and a prime check");

    private Examples() {}

    /** Every example, group after group. */
    public static List<Example> all() {
        return ALL;
    }

    /** The groups, in the order {@code list} prints them. */
    public static List<Group> groups() {
        return GROUPS;
    }

    /** What the seed document {@code seedFile} holds, in a few words. */
    static String seedSummary(String seedFile) {
        String summary = SEEDS.get(seedFile);
        if (summary == null) {
            throw new IllegalArgumentException("no seed document " + seedFile);
        }
        return summary;
    }

    /** The example called {@code name}, if there is one. */
    public static Optional<Example> byName(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
