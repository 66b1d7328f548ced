package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Args2;
import dev.mp4j.pool.Pool;
import java.math.BigInteger;
import java.util.List;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "starmap() — Multiple Arguments": {@code starmap}
 * unpacks each (base, exponent) pair into {@code power(base, exp)}.
 *
 * <pre>
 * [8, 81, 1024, 15625]
 * </pre>
 */
final class PoolStarmapPower implements Example {

    @Override
    public String name() {
        return "pool-starmap-power";
    }

    @Override
    public String description() {
        return "starmap unpacks (base, exponent) pairs into power(base, exp)";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    /** {@code base ** exp}: a BigInteger, as Python's int has no upper bound. */
    static BigInteger power(int base, int exp) {
        return BigInteger.valueOf(base).pow(exp);
    }

    @Override
    public void run(Context context, List<String> args) {
        ExampleArguments.none(this, args);
        // starmap unpacks argument pairs
        List<Args2<Integer, Integer>> pairs = List.of(Args2.of(2, 3), Args2.of(3, 4), Args2.of(4, 5), Args2.of(5, 6));
        List<BigInteger> results;
        try (Pool pool = new Pool(context, 4)) {
            results = pool.starmap(PoolStarmapPower::power, pairs);
        }
        System.out.println(results);
    }
}
