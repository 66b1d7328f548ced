package dev.mp4j.core;

import java.nio.ByteBuffer;

/**
 * The messages a child JVM sends its parent on the control channel: its exit code, sent just
 * before it exits, so that the parent can tell {@code exit(137)} from death by SIGKILL; and,
 * from a spare, that it has warmed up and may be taken.
 */
final class ControlMessages {

    static final byte EXIT = 1;
    static final byte READY = 2;

    private ControlMessages() {}

    static byte[] exit(int code) {
        return ByteBuffer.allocate(5).put(EXIT).putInt(code).array();
    }

    static byte[] ready() {
        return new byte[] {READY};
    }

    static boolean isReady(byte[] message) {
        return message.length == 1 && message[0] == READY;
    }

    /** The exit code in {@code message}, or null if it is not an exit message. */
    static Integer exitCodeOf(byte[] message) {
        if (message.length == 5 && message[0] == EXIT) {
            return ByteBuffer.wrap(message, 1, 4).getInt();
        }
        return null;
    }
}
