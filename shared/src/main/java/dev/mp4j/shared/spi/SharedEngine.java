package dev.mp4j.shared.spi;

/** The shared values of a context engine: each call makes the storage of one new Value, which travels as a handle. */
public interface SharedEngine {

    /** The cell of a value of {@code size} bytes (1 to 8). */
    Cell cell(int size);
}
