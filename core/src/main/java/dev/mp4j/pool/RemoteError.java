package dev.mp4j.pool;

/**
 * Stands in for an exception of a child JVM that could not be serialized: it names the
 * original class and message and carries the original stack trace.
 *
 * <pre>{@code
 * try {   // a pool of Context.spawn(); the exception holds a field that is not Serializable
 *     pool.apply(() -> { throw new ExceptionWithASocket(); });
 * } catch (RemoteError e) {
 *     e.remoteClass();      // "com.example.ExceptionWithASocket"
 *     e.printStackTrace();  // the worker's stack trace
 * }
 * }</pre>
 */
public class RemoteError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String remoteClass;

    public RemoteError(Throwable original) {
        super(original.getClass().getName() + ": " + original.getMessage());
        this.remoteClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /** The class name of the exception the worker threw. */
    public String remoteClass() {
        return remoteClass;
    }
}
