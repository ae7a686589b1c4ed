package nl.municipalnetworks.finance.testing;

import java.math.BigDecimal;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks over many generated cases, with plain JUnit: each property is checked on {@link #COUNT}
 * cases from a seeded {@link Random}, so a run is repeatable and a failure names the case and the seed.
 * Other seeds: {@code -Dfinance.cases.seed=...}, more cases: {@code -Dfinance.cases.count=...}.
 *
 * <p>Not jqwik: jqwik 1.10 is built on JUnit Platform 1.14, while this build runs JUnit Platform 6 from the
 * Quarkus BOM. What is lost is shrinking; a failing case is printed whole instead.
 */
public final class RandomCases {

    public static final long SEED = Long.getLong("finance.cases.seed", 20230301L);
    public static final int COUNT = Integer.getInteger("finance.cases.count", 2_000);

    private RandomCases() {
    }

    public static <T> void check(Function<Random, T> generate, Consumer<T> property) {
        Random random = new Random(SEED);
        for (int i = 1; i <= COUNT; i++) {
            T generated = generate.apply(random);
            try {
                property.accept(generated);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("case " + i + " of " + COUNT + " (seed " + SEED + ") fails: " + generated, failure);
            }
        }
    }

    /** A non-negative decimal below {@code max} (whole units) with {@code maxScale} decimals at most. */
    public static BigDecimal decimal(Random random, long max, int maxScale) {
        int scale = random.nextInt(maxScale + 1);
        long unitsPerWhole = 1;
        for (int i = 0; i < scale; i++) {
            unitsPerWhole *= 10;
        }
        long unscaled = random.nextLong(max * unitsPerWhole);
        // Now and then exactly half of the last unit: the case that HALF_UP decides.
        if (scale > 2 && random.nextInt(4) == 0) {
            unscaled = unscaled / 10 * 10 + 5;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }
}
