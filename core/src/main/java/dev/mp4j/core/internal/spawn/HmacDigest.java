package dev.mp4j.core.internal.spawn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * HMAC (RFC 2104) over {@link MessageDigest}, for the digests a CPython connection handshake
 * may name ({@code multiprocessing.connection._ALLOWED_DIGESTS}). A fresh child JVM answers
 * one challenge and sends one; {@code javax.crypto.Mac} would first initialise the JCE
 * policy machinery, which costs a cold JVM about twice as long as the digest itself. Same
 * bytes as {@code Mac.getInstance("Hmac...")}.
 */
enum HmacDigest {
    MD5("md5", "MD5", 64),
    SHA256("sha256", "SHA-256", 64),
    SHA384("sha384", "SHA-384", 128),
    SHA3_256("sha3_256", "SHA3-256", 136),
    SHA3_384("sha3_384", "SHA3-384", 104);

    /** How CPython names the digest in a {@code {name}} prefix. */
    final String pythonName;
    private final String algorithm;
    private final int blockBytes;

    HmacDigest(String pythonName, String algorithm, int blockBytes) {
        this.pythonName = pythonName;
        this.algorithm = algorithm;
        this.blockBytes = blockBytes;
    }

    /** The digest CPython calls {@code pythonName}, if it is one of those a handshake may use. */
    static Optional<HmacDigest> byPythonName(byte[] pythonName) {
        String name = new String(pythonName, StandardCharsets.US_ASCII);
        return Arrays.stream(values()).filter(d -> d.pythonName.equals(name)).findFirst();
    }

    /** The length of a MAC of this digest. */
    int length() {
        return digest().getDigestLength();
    }

    byte[] mac(byte[] key, byte[] message) {
        MessageDigest digest = digest();
        byte[] block = key.length > blockBytes ? digest.digest(key) : key;
        byte[] inner = Arrays.copyOf(block, blockBytes);
        byte[] outer = Arrays.copyOf(block, blockBytes);
        for (int i = 0; i < blockBytes; i++) {
            inner[i] ^= 0x36;
            outer[i] ^= 0x5c;
        }
        digest.update(inner);
        byte[] innerHash = digest.digest(message);
        digest.update(outer);
        return digest.digest(innerHash);
    }

    private MessageDigest digest() {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
