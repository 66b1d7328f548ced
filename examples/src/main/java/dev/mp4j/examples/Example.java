package dev.mp4j.examples;

import dev.mp4j.core.Context;
import java.util.List;

/**
 * One runnable example: a port of a seed program that runs under either context.
 *
 * <p>Implementations are stateless and registered in {@link Examples}. {@link #run} prints
 * to {@code System.out}, as the seed does; workers of the spawn context print to the same
 * stdout, which they inherit.
 */
public interface Example {

    /** The name on the command line, lower-case with dashes: {@code process-squares}. */
    String name();

    /** One line saying what the example shows. */
    String description();

    /** What {@link #seedFile} returns for an example that no seed holds (one from the Python docs). */
    String NO_SEED = "none";

    /**
     * The seed document the example is ported from, e.g. {@code 001_37051180ac11844a.txt}, or
     * {@link #NO_SEED}.
     */
    String seedFile();

    /**
     * Runs the example in {@code context} and returns once every worker it started has ended.
     *
     * @param args the command-line arguments after the name and options
     * @throws UsageError if {@code args} are not what the example accepts
     */
    void run(Context context, List<String> args) throws Exception;
}
