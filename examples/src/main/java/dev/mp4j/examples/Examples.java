package dev.mp4j.examples;

import java.util.List;
import java.util.Optional;

/** The registry of every example, in the order {@code list} prints them. */
public final class Examples {

    private static final List<Example> ALL = List.of(
            new ProcessSquares(),
            new ProcessInfo(),
            new ValueRace(),
            new ValueLock(),
            new LockPrint(),
            new ValueArray(),
            new ValueNotAtomic(),
            new SharedMemoryFill(),
            new ShareableListDemo(),
            new PoolDemo(),
            new PoolCubes(),
            new PoolMapVsAsync(),
            new PoolStarmap(),
            new PoolApplyFactorial(),
            new PoolInitializer(),
            new PoolCallbacks(),
            new PoolLifecycle(),
            new MapAsyncProgress(),
            new PoolErrors(),
            new PrimeCheck(),
            new PoolFiles(),
            new EventWait(),
            new SemaphorePool(),
            new ConditionBuffer(),
            new BarrierPhases(),
            new ExecutorPrimes(),
            new ExecutorFutures(),
            // Queues and connections (dev.mp4j.queues)
            new QueueWorkers(),
            new QueueSquares(),
            new QueueDrain(),
            new QueueSentinel(),
            new ProducerConsumer(),
            new SetStartMethod(),
            new GetContext(),
            new QueueList(),
            new QueueNowait(),
            new QueueGetHang(),
            new PipeHello(),
            new PipeSenderReceiver(),
            new PipeList(),
            new PipePing(),
            new ListenerClient(),
            new PythonInterop(),
            // Managers (dev.mp4j.managers)
            new ManagerList(),
            new ManagerDict(),
            new ManagerMaths(),
            new ManagerRemoteQueue(),
            new ManagerLocalWorker(),
            new ManagerProxies(),
            new ManagerProxyObjects());

    private Examples() {}

    /** Every example. */
    public static List<Example> all() {
        return ALL;
    }

    /** The example called {@code name}, if there is one. */
    public static Optional<Example> byName(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
