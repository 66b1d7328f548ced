package dev.mp4j.core.internal.spawn;

import dev.mp4j.core.AuthenticationError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Mutual authentication of the two ends of a connection that share an authkey, in CPython's
 * own protocol ({@code multiprocessing.connection.deliver_challenge} and
 * {@code answer_challenge}), so that either end may be a Python process. The server
 * challenges first, then the roles swap. Neither side sends the key, and a side that cannot
 * answer learns nothing about it.
 *
 * <pre>
 *   challenger                                   answerer
 *   "#CHALLENGE#" + M,  M = "{sha256}" + 40 random bytes  -&gt;
 *                                        &lt;-  "{sha256}" + HMAC-SHA256(key, M)
 *   "#WELCOME#" or "#FAILURE#"                          -&gt;
 * </pre>
 *
 * The legacy form of CPython 3.11 and older is understood as CPython 3.12 understands it: a
 * challenge of exactly 20 random bytes is answered with the raw 16-byte HMAC-MD5, and a raw
 * 16-byte answer to our challenge is checked as HMAC-MD5 of it. An answer may name any of
 * CPython's allowed digests in its prefix; the MAC covers the whole of M, prefix included,
 * so the prefix cannot be changed on the way. Every message before the end of the handshake
 * is read with a cap of {@value #MAX_MESSAGE} bytes.
 */
public final class Handshake {

    /**
     * The longest message either side reads before the other has authenticated (CPython caps
     * it at 256 too): a stranger that connects cannot make it allocate more.
     */
    static final int MAX_MESSAGE = 256;
    private static final byte[] CHALLENGE = ascii("#CHALLENGE#");
    private static final byte[] WELCOME = ascii("#WELCOME#");
    private static final byte[] FAILURE = ascii("#FAILURE#");
    private static final HmacDigest DIGEST = HmacDigest.SHA256;
    /** Random bytes of our challenge: more than the legacy length, so it is never taken for one. */
    private static final int NONCE_BYTES = 40;
    /** A legacy (HMAC-MD5 only) challenge is exactly this long, without a prefix. */
    private static final int LEGACY_CHALLENGE_BYTES = 20;
    /** The longest digest name CPython allows, between the braces of a prefix. */
    private static final int MAX_DIGEST_NAME = 8;

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
        byte[] message = concat(ascii("{" + DIGEST.pythonName + "}"), RandomBytes.next(NONCE_BYTES));
        channel.send(concat(CHALLENGE, message));
        byte[] response = recvSmall(channel);
        String problem = verify(authkey, message, response);
        if (problem != null) {
            channel.send(FAILURE);
            throw new AuthenticationError("the other end answered our challenge with " + problem
                    + " (do both ends have the same authkey?)");
        }
        channel.send(WELCOME);
    }

    private static void answer(FramedChannel channel, byte[] authkey) throws IOException {
        byte[] received = recvSmall(channel);
        if (!startsWith(received, CHALLENGE)) {
            throw new AuthenticationError("protocol error: expected a challenge, got " + printable(received));
        }
        byte[] message = Arrays.copyOfRange(received, CHALLENGE.length, received.length);
        if (message.length < LEGACY_CHALLENGE_BYTES) {
            throw new AuthenticationError("challenge too short: " + message.length + " bytes");
        }
        Signed signed = signed(message).orElseThrow(() -> new AuthenticationError(
                "challenge without a supported digest prefix: " + printable(message)));
        byte[] mac = signed.digest.mac(authkey, message);
        channel.send(signed.prefixed ? concat(ascii("{" + signed.digest.pythonName + "}"), mac) : mac);
        if (!Arrays.equals(recvSmall(channel), WELCOME)) {
            throw new AuthenticationError("the other end refused our digest (do both ends have the same authkey?)");
        }
    }

    /** Why {@code response} is not a MAC of {@code message} with {@code authkey}, or null if it is. */
    private static String verify(byte[] authkey, byte[] message, byte[] response) {
        Optional<Signed> signed = signed(response);
        if (signed.isEmpty()) {
            return "an unsupported digest or a malformed answer: " + printable(response);
        }
        HmacDigest digest = signed.get().digest;
        byte[] mac = signed.get().payload;
        if (mac.length != digest.length()) {
            return "a " + digest.pythonName + " digest of " + mac.length + " bytes instead of " + digest.length();
        }
        return MessageDigest.isEqual(mac, digest.mac(authkey, message)) ? null : "a wrong digest";
    }

    /**
     * How {@code message} is signed: a legacy one (a 20-byte challenge or a 16-byte answer)
     * by raw HMAC-MD5, a modern one by the digest its {@code {name}} prefix names.
     */
    private static Optional<Signed> signed(byte[] message) {
        if (message.length == LEGACY_CHALLENGE_BYTES || message.length == HmacDigest.MD5.length()) {
            return Optional.of(new Signed(HmacDigest.MD5, false, message));
        }
        if (message.length > 0 && message[0] == '{') {
            for (int close = 1; close < Math.min(message.length, MAX_DIGEST_NAME + 2); close++) {
                if (message[close] == '}') {
                    int end = close;
                    return HmacDigest.byPythonName(Arrays.copyOfRange(message, 1, end)).map(d ->
                            new Signed(d, true, Arrays.copyOfRange(message, end + 1, message.length)));
                }
            }
        }
        return Optional.empty();
    }

    private record Signed(HmacDigest digest, boolean prefixed, byte[] payload) {}

    private static byte[] recvSmall(FramedChannel channel) throws IOException {
        try {
            return channel.recv(MAX_MESSAGE);
        } catch (FramedChannel.TooLong e) {
            throw new AuthenticationError("the other end sent a handshake message that is too long: " + e.getMessage());
        } catch (FramedChannel.Malformed e) {
            throw new AuthenticationError("the other end sent a malformed handshake message: " + e.getMessage());
        }
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder("b'");
        for (byte b : Arrays.copyOf(bytes, Math.min(bytes.length, 64))) {
            text.append(b >= 0x20 && b < 0x7f && b != '\\' && b != '\'' ? String.valueOf((char) b)
                    : "\\x" + HexFormat.of().toHexDigits(b));
        }
        return text.append(bytes.length > 64 ? "'..." : "'").toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
