package dev.mp4j.core.internal.shm;

/**
 * The format of an arena file (segment kind {@code "AREN"}): the small spawn primitives of
 * one creating process, each a block of whole 128-byte lines, with per-size free lists.
 *
 * <pre>
 *   data area of the segment (after the 128-byte segment header)
 *   0       4       8                                                              128
 *   +-------+-------+-------+-------+-------+-------+-----+-------+-------+-------+
 *   | lines | next  | head0 | tail0 | head1 | tail1 | ... | head9 | tail9 | (pad) |   the arena line
 *   +-------+-------+-------+-------+-------+-------+-----+-------+-------+-------+
 *   128 + 128 * i: line i
 *
 *   a block of 2^c lines starting at line i (c: its size class, 0..9):
 *   0       4       8       12      16                                  128 * 2^c
 *   +-------+-------+-------+-------+------------------------------------+
 *   | gen   | hot   | kind  | (0)   | the primitive's words (its *Layout) |   in use
 *   +-------+-------+-------+-------+-------+----------------------------+
 *   | gen   | (0)   | 0     | (0)   | next  | (stale)                    |   free
 *   +-------+-------+-------+-------+-------+----------------------------+
 * </pre>
 *
 * <ul>
 *   <li>{@code lines}: the number of lines after the arena line; {@code next}: the first
 *       line never handed out (a bump pointer). Written only by the creator, under its
 *       allocator's lock.</li>
 *   <li>{@code head c}, {@code tail c}: the free list of size class {@code c} (blocks of
 *       {@code 2^c} lines), as line index + 1, 0 when empty. Freed blocks join at the tail
 *       and are reused from the head: a line is reused as late as possible, which keeps
 *       the window in which a stale handle could touch a reused line small.</li>
 *   <li>{@code gen}: the block's generation, raised (release) when it is freed. A handle
 *       carries the generation it was made with; attaching (acquire) and every access
 *       through a handle (a plain read just before the access) compare it, so a handle to a freed block
 *       fails with "no longer exists" instead of reading a reused line.</li>
 *   <li>{@code hot}: a word the primitive may use for its most-read state (an Event's
 *       flag), so that one 64-bit read fetches it together with the generation: the liveness
 *       check then costs no second access.</li>
 *   <li>{@code kind}: the four-character kind of the primitive ({@code "LOCK"}, ...), 0 while
 *       free; attaching checks it.</li>
 *   <li>A block's words start with these 16 bytes of header: every block layout begins its
 *       own words at {@link #BLOCK_WORDS}, or uses {@link #HOT}. A primitive too large for a block has a file of its
 *       own whose data area is laid out the same way (generation 0, never reused).</li>
 * </ul>
 *
 * <p>Bump a layout's version, and this {@link #VERSION}, whenever any block layout changes.
 */
public final class ArenaLayout {

    public static final String KIND = "AREN";
    public static final int VERSION = 3;

    public static final long LINE = 128;

    static final long LINES = 0;
    static final long NEXT = 4;
    static final long FREE_LISTS = 8;
    /** Where line 0 starts in the data area. */
    static final long FIRST_LINE = LINE;

    /** Size classes 0..9: blocks of 1, 2, 4, ..., 512 lines (128 bytes to 64 KiB). */
    static final int CLASSES = 10;
    /** The largest block, in bytes; anything larger gets a file of its own. */
    public static final long MAX_BLOCK = LINE << (CLASSES - 1);

    /** The block header, then the primitive's words. */
    public static final long GENERATION = 0;
    /** The word read together with the generation (see {@code MappedHandle.hotWord()}). */
    public static final long HOT = 4;
    public static final long BLOCK_KIND = 8;
    public static final long BLOCK_WORDS = 16;
    /** In a free block: the next free block of its class (line index + 1, 0 for none). */
    static final long FREE_NEXT = 16;

    /** Lines of the first arena file a process makes; each next one doubles, up to {@link #MAX_LINES}. */
    static final int FIRST_LINES = 8192;
    static final int MAX_LINES = 1 << 19;

    private ArenaLayout() {}

    static long head(int sizeClass) {
        return FREE_LISTS + 8L * sizeClass;
    }

    static long tail(int sizeClass) {
        return FREE_LISTS + 8L * sizeClass + 4;
    }

    /** Where line {@code line} starts in the data area. */
    static long lineOffset(int line) {
        return FIRST_LINE + LINE * line;
    }

    /** The line at data offset {@code offset} (a block's start). */
    static int lineAt(long offset) {
        return (int) ((offset - FIRST_LINE) / LINE);
    }

    /** The smallest size class whose blocks hold {@code bytes} (header included). */
    static int sizeClass(long bytes) {
        long lines = (bytes + LINE - 1) / LINE;
        return 64 - Long.numberOfLeadingZeros(Math.max(1, lines) - 1);
    }

    /** The data size of an arena file of {@code lines} lines. */
    static long dataSize(int lines) {
        return FIRST_LINE + LINE * lines;
    }
}
