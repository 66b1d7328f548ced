package dev.mp4j.sync;

import static dev.mp4j.sync.BarrierLayout.COUNT;
import static dev.mp4j.sync.BarrierLayout.PARTIES;
import static dev.mp4j.sync.BarrierLayout.SLOTS;
import static dev.mp4j.sync.BarrierLayout.SLOT_SIZE;
import static dev.mp4j.sync.BarrierLayout.STATE;
import static dev.mp4j.sync.MutexLayout.INT;
import static dev.mp4j.sync.MutexLayout.LONG;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.Segment;
import java.io.Serial;
import java.lang.foreign.MemorySegment;

/** The spawn-context {@link Barrier} state: {@link BarrierLayout} in a mapped segment. */
final class MappedBarrierWords extends MappedHandle implements BarrierWords {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient MemorySegment words;
    private final transient int parties;

    private MappedBarrierWords(Segment segment) {
        super(segment);
        this.words = segment.data();
        this.parties = (int) INT.getVolatile(words, PARTIES);
    }

    static MappedBarrierWords create(int parties) {
        Segment segment = Segment.create(BarrierLayout.KIND, BarrierLayout.VERSION, BarrierLayout.size(parties));
        INT.setVolatile(segment.data(), PARTIES, parties);
        return new MappedBarrierWords(segment);
    }

    @Override
    protected MappedBarrierWords attach(String name) {
        return new MappedBarrierWords(Segment.attach(name, BarrierLayout.KIND, BarrierLayout.VERSION));
    }

    @Override
    public int state() {
        return (int) INT.getVolatile(words, STATE);
    }

    @Override
    public void state(int state) {
        INT.setVolatile(words, STATE, state);
    }

    @Override
    public int count() {
        return (int) INT.getVolatile(words, COUNT);
    }

    @Override
    public void count(int count) {
        INT.setVolatile(words, COUNT, count);
    }

    @Override
    public int arrive() {
        for (int i = 0; i < parties; i++) {
            long slot = SLOTS + SLOT_SIZE * i;
            if ((long) LONG.getVolatile(words, slot) == 0) {
                LONG.setVolatile(words, slot + 8, Holders.ME.startMillis());
                LONG.setVolatile(words, slot, Holders.ME.pid());
                return i;
            }
        }
        return -1; // more parties inside than slots cannot happen under the lock; be lenient
    }

    @Override
    public void leave(int token) {
        if (token >= 0) {
            LONG.setVolatile(words, SLOTS + SLOT_SIZE * token, 0L);
        }
    }

    @Override
    public int removeDeadParties() {
        int dead = 0;
        for (int i = 0; i < parties; i++) {
            long slot = SLOTS + SLOT_SIZE * i;
            long pid = (long) LONG.getVolatile(words, slot);
            if (pid != 0 && Holders.isDead(pid, (long) LONG.getVolatile(words, slot + 8))) {
                LONG.setVolatile(words, slot, 0L);
                dead++;
            }
        }
        if (dead > 0) {
            count(Math.max(0, count() - dead));
        }
        return dead;
    }

    @Override
    public boolean watchesDeadParties() {
        return true;
    }
}
