package dev.mp4j.shared;

import dev.mp4j.shared.spi.CellArray;
import java.io.Serial;

/**
 * The array memory of a context engine (the cluster context's): its {@link CellArray}, which
 * travels as a handle. The bulk copies go through the cells' ranges, one call each.
 */
final class EngineArrayMemory implements ArrayMemory {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CellArray cells;

    EngineArrayMemory(CellArray cells) {
        this.cells = cells;
    }

    @Override
    public long get(int index) {
        return cells.load(index);
    }

    @Override
    public void set(int index, long bits) {
        cells.store(index, bits);
    }

    @Override
    public long getAndAdd(int index, long delta) {
        return cells.getAndAdd(index, delta);
    }

    @Override
    public boolean compareAndSet(int index, long expected, long update) {
        return cells.compareAndSet(index, expected, update);
    }

    @Override
    public long[] getRange(int from, int count) {
        return count == 0 ? new long[0] : cells.loadRange(from, count);
    }

    @Override
    public void setRange(int from, long[] bits) {
        if (bits.length > 0) {
            cells.storeRange(from, bits);
        }
    }

    @Override
    public void copyOut(int from, Object dst, int dstFrom, int count) {
        long[] bits = getRange(from, count);
        switch (dst) {
            case double[] d -> {
                for (int i = 0; i < count; i++) {
                    d[dstFrom + i] = Double.longBitsToDouble(bits[i]);
                }
            }
            case long[] l -> System.arraycopy(bits, 0, l, dstFrom, count);
            case int[] a -> {
                for (int i = 0; i < count; i++) {
                    a[dstFrom + i] = (int) bits[i];
                }
            }
            case byte[] b -> {
                for (int i = 0; i < count; i++) {
                    b[dstFrom + i] = (byte) bits[i];
                }
            }
            default -> throw new IllegalArgumentException("not an array of double, long, int or byte: " + dst);
        }
    }

    @Override
    public void copyIn(Object src, int srcFrom, int to, int count) {
        long[] bits = new long[count];
        switch (src) {
            case double[] d -> {
                for (int i = 0; i < count; i++) {
                    bits[i] = Double.doubleToRawLongBits(d[srcFrom + i]);
                }
            }
            case long[] l -> System.arraycopy(l, srcFrom, bits, 0, count);
            case int[] a -> {
                for (int i = 0; i < count; i++) {
                    bits[i] = a[srcFrom + i];
                }
            }
            case byte[] b -> {
                for (int i = 0; i < count; i++) {
                    bits[i] = b[srcFrom + i];
                }
            }
            default -> throw new IllegalArgumentException("not an array of double, long, int or byte: " + src);
        }
        setRange(to, bits);
    }
}
