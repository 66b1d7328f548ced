package dev.mp4j.core;

import dev.mp4j.core.internal.serial.Serialization;

/**
 * The idle work of a spare child JVM before its request comes: the paths every start takes
 * that a cold JVM pays for on the clock. Deserializing a lambda bootstraps
 * {@code LambdaMetafactory} and spins a hidden class (tens of milliseconds in a cold JVM, and
 * not in the AOT cache); the registry's set-up sweeps the runtime directory. Runs mp4j's code
 * only, never the user's.
 */
final class SpareWarmUp {

    private SpareWarmUp() {}

    static void run() {
        Process.Target nothing = () -> {};
        Object[] sample = {nothing, Context.spawn()};
        Serialization.deserialize(Serialization.serialize(sample, "the warm-up sample"), "the warm-up sample");
        ProcessRegistry.currentName();
    }
}
