package dev.mp4j.core.internal.spawn;

import dev.mp4j.core.AuthenticationError;
import java.io.EOFException;
import java.io.IOException;
import java.security.MessageDigest;

/**
 * Mutual authentication of the two ends of a control channel that share an authkey.
 * Each side in turn sends a random 32-byte challenge and the other answers with
 * HMAC-SHA256(authkey, challenge); the challenger replies with one byte, accepted or
 * refused. The server challenges first. Neither side sends the key, and a side that
 * cannot answer learns nothing about it.
 */
public final class Handshake {

    private static final int CHALLENGE_BYTES = 32;
    /**
     * The longest message either side reads before the other has authenticated (CPython caps
     * it at 256 too): a stranger that connects cannot make it allocate more.
     */
    static final int MAX_MESSAGE = 256;
    private static final byte[] WELCOME = {1};
    private static final byte[] FAILURE = {0};

    private Handshake() {}

    /** A fresh random authkey of 32 bytes. */
    public static byte[] newAuthkey() {
        return RandomBytes.next(32);
    }

    /** The accepting side: challenge, then answer. */
    public static void server(FramedChannel channel, byte[] authkey) throws IOException {
        challenge(channel, authkey);
        answer(channel, authkey);
    }

    /** The connecting side: answer, then challenge. */
    public static void client(FramedChannel channel, byte[] authkey) throws IOException {
        answer(channel, authkey);
        challenge(channel, authkey);
    }

    private static void challenge(FramedChannel channel, byte[] authkey) throws IOException {
        byte[] challenge = RandomBytes.next(CHALLENGE_BYTES);
        channel.send(challenge);
        byte[] response = recvSmall(channel);
        if (!MessageDigest.isEqual(response, hmac(authkey, challenge))) {
            channel.send(FAILURE);
            throw new AuthenticationError("the other end of the control channel answered with a wrong digest");
        }
        channel.send(WELCOME);
    }

    private static void answer(FramedChannel channel, byte[] authkey) throws IOException {
        byte[] challenge = recvSmall(channel);
        if (challenge.length != CHALLENGE_BYTES) {
            throw new AuthenticationError("malformed challenge of " + challenge.length + " bytes");
        }
        channel.send(hmac(authkey, challenge));
        byte[] verdict = recvSmall(channel);
        if (verdict.length != 1 || verdict[0] != WELCOME[0]) {
            throw new AuthenticationError("the other end of the control channel refused our digest");
        }
    }

    private static byte[] recvSmall(FramedChannel channel) throws IOException {
        try {
            return channel.recv(MAX_MESSAGE);
        } catch (EOFException e) {
            throw e;
        } catch (IOException e) {
            throw new AuthenticationError("the other end of the control channel sent a handshake message that is too long: "
                    + e.getMessage());
        }
    }

    static byte[] hmac(byte[] key, byte[] message) {
        return HmacSha256.of(key, message);
    }
}
