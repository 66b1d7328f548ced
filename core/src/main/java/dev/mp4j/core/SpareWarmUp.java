package dev.mp4j.core;

import dev.mp4j.core.internal.Log;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.core.internal.spawn.AotTrainingWork;
import java.util.ServiceLoader;

/**
 * The idle work of a spare child JVM before its request comes: the paths every start takes
 * that a cold JVM pays for on the clock. A start request's first deserialization costs tens of
 * milliseconds more than its second (a record's canonical constructor is found through method
 * handles; a lambda bootstraps {@code LambdaMetafactory} and spins a hidden class, none of it
 * in the AOT cache), so a request of the same shape goes through first; the registry's set-up
 * sweeps the runtime directory, and the process handles start their machinery; and the JDK's
 * logger for {@code java.lang.Runtime}, which {@code System.exit} makes to log the exit (5 ms
 * in a cold JVM, on the clock of every join), is made. Then each module takes its own first
 * paths once ({@link AotTrainingWork#warmUp}): a pool worker's, for one. Runs mp4j's
 * and the JDK's code only, never the user's, and leaves no trace in the registry: the sample
 * process is built the way a parent's stand-in is, outside it.
 */
final class SpareWarmUp {

    private SpareWarmUp() {}

    static void run() {
        Process.Target nothing = () -> {};
        Process sample = new Process("warm-up", new byte[0], null);
        Object[] request = {new StartRequest(sample, "warm-up", 0, Context.spawn()), nothing};
        Serialization.deserialize(Serialization.serialize(request, "the warm-up sample"), "the warm-up sample");
        ProcessRegistry.currentName();
        ProcessHandle.current().parent();
        System.getLogger("java.lang.Runtime").isLoggable(System.Logger.Level.DEBUG);
        for (AotTrainingWork work : ServiceLoader.load(AotTrainingWork.class)) {
            try {
                work.warmUp();
            } catch (RuntimeException e) {
                // Its paths stay cold, no more: the start this spare readies does not need them.
                Log.log("spawn", System.Logger.Level.DEBUG, "a spare's warm-up failed: " + e);
            }
        }
    }
}
