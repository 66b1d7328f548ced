package dev.mp4j.core.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HmacSha256Test {

    /** Keys shorter than, as long as, and longer than SHA-256's 64-byte block. */
    @ParameterizedTest
    @ValueSource(ints = {1, 20, 32, 63, 64, 65, 131})
    void sameBytesAsTheJdksMac(int keyLength) throws Exception {
        byte[] key = RandomBytes.next(keyLength);
        byte[] message = RandomBytes.next(32);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        assertArrayEquals(mac.doFinal(message), HmacSha256.of(key, message));
    }

    @Test
    void rfc4231TestCase2() {
        byte[] digest = HmacSha256.of("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(HexFormat.of().parseHex(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), digest);
    }
}
