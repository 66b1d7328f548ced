package dev.mp4j.shared.spi;

/** The shared values and arrays of a context engine: each call makes new storage, which travels as a handle. */
public interface SharedEngine {

    /** The cell of a value of {@code size} bytes (1 to 8). */
    Cell cell(int size);

    /** The cells of an array of {@code length} elements of {@code size} bytes (1, 2, 4 or 8). */
    CellArray cells(int size, int length);
}
