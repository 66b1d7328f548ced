package dev.mp4j.core.internal.spawn;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104) over {@link MessageDigest}. A fresh child JVM answers one challenge
 * and sends one; {@code javax.crypto.Mac} would first initialise the JCE policy machinery,
 * which costs a cold JVM about twice as long as the digest itself. Same bytes as
 * {@code Mac.getInstance("HmacSHA256")}.
 */
final class HmacSha256 {

    private static final int BLOCK_BYTES = 64;

    private HmacSha256() {}

    static byte[] of(byte[] key, byte[] message) {
        MessageDigest sha256 = sha256();
        byte[] block = key.length > BLOCK_BYTES ? sha256.digest(key) : key;
        byte[] inner = Arrays.copyOf(block, BLOCK_BYTES);
        byte[] outer = Arrays.copyOf(block, BLOCK_BYTES);
        for (int i = 0; i < BLOCK_BYTES; i++) {
            inner[i] ^= 0x36;
            outer[i] ^= 0x5c;
        }
        sha256.update(inner);
        byte[] innerHash = sha256.digest(message);
        sha256.update(outer);
        return sha256.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
