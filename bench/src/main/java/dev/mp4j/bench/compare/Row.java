package dev.mp4j.bench.compare;

/**
 * One row of the comparison: a workload's figures on both sides, each over its runs, and what
 * they say about its target.
 *
 * <p>The ratio is the ratio of the medians, oriented so that above 1 mp4j is better
 * (mp4j/cpython for rates, cpython/mp4j for times). Its range is the least and the greatest
 * ratio the sides' min–max figures allow (mp4j's worst against CPython's best, and the other
 * way round). A row is <em>noisy</em> when that range straddles the target: its spread is
 * wider than its margin over the target, so its verdict could go either way.
 *
 * @param cpython {@code null} when the CPython side did not run or has no twin
 * @param load1 the one-minute load average when the row began, or NaN where unknown
 */
record Row(Compare.Workload workload, Samples mp4j, Samples cpython, double load1) {

    /** What the row says about its target. */
    enum Verdict {
        MEETS("meets"), BELOW("below"), NO_TARGET("no target"), NOT_COMPARED("n/a");

        final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    boolean compared() {
        return cpython != null;
    }

    double ratio() {
        return compared() ? oriented(mp4j.median(), cpython.median()) : Double.NaN;
    }

    double ratioLow() {
        if (!compared()) {
            return Double.NaN;
        }
        return workload.higherIsBetter() ? mp4j.min() / cpython.max() : cpython.min() / mp4j.max();
    }

    double ratioHigh() {
        if (!compared()) {
            return Double.NaN;
        }
        return workload.higherIsBetter() ? mp4j.max() / cpython.min() : cpython.max() / mp4j.min();
    }

    Verdict verdict() {
        if (!compared()) {
            return Verdict.NOT_COMPARED;
        }
        if (Double.isNaN(workload.target())) {
            return Verdict.NO_TARGET;
        }
        return ratio() >= workload.target() ? Verdict.MEETS : Verdict.BELOW;
    }

    /** Whether the ratio's range straddles the target (false for a row without one). */
    boolean noisy() {
        Verdict v = verdict();
        return (v == Verdict.MEETS || v == Verdict.BELOW)
                && ratioLow() < workload.target() && ratioHigh() >= workload.target();
    }

    private double oriented(double mine, double theirs) {
        return workload.higherIsBetter() ? mine / theirs : theirs / mine;
    }
}
