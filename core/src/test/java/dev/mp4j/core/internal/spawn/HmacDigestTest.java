package dev.mp4j.core.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HmacDigestTest {

    /** Keys shorter than, as long as, and longer than each digest's block. */
    @ParameterizedTest
    @CsvSource({
        "MD5, HmacMD5", "SHA256, HmacSHA256", "SHA384, HmacSHA384",
        "SHA3_256, HmacSHA3-256", "SHA3_384, HmacSHA3-384"})
    void sameBytesAsTheJdksMac(HmacDigest digest, String jdkName) throws Exception {
        for (int keyLength : new int[] {1, 20, 32, 63, 64, 65, 103, 104, 105, 127, 128, 129, 136, 137, 200}) {
            byte[] key = RandomBytes.next(keyLength);
            byte[] message = RandomBytes.next(59);
            Mac mac = Mac.getInstance(jdkName);
            mac.init(new SecretKeySpec(key, jdkName));
            assertArrayEquals(mac.doFinal(message), digest.mac(key, message), digest + " with a key of " + keyLength);
        }
    }

    @Test
    void rfc4231TestCase2() {
        byte[] digest = HmacDigest.SHA256.mac("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(HexFormat.of().parseHex(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), digest);
    }

    @Test
    void pythonNamesAreCPythons() {
        assertEquals(HmacDigest.SHA3_256, HmacDigest.byPythonName("sha3_256".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
        assertTrue(HmacDigest.byPythonName("sha1".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertEquals(16, HmacDigest.MD5.length());
    }
}
