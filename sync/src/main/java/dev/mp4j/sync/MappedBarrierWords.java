package dev.mp4j.sync;

import static dev.mp4j.sync.BarrierLayout.COUNT;
import static dev.mp4j.sync.BarrierLayout.PARTIES;
import static dev.mp4j.sync.BarrierLayout.SLOTS;
import static dev.mp4j.sync.BarrierLayout.SLOT_SIZE;
import static dev.mp4j.sync.BarrierLayout.STATE;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.ProcessIdentity;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.sync.spi.BarrierWords;
import java.io.Serial;
import java.util.HashMap;
import java.util.Map;

/** The spawn-context {@link Barrier} state: {@link BarrierLayout} in a mapped segment. */
final class MappedBarrierWords extends MappedHandle implements BarrierWords {

    @Serial
    private static final long serialVersionUID = 2L;

    private final transient int parties;

    private MappedBarrierWords(SharedBlock block) {
        super(block);
        this.parties = words.getIntVolatile(PARTIES);
    }

    static MappedBarrierWords create(int parties) {
        SharedBlock block = SharedBlock.allocate(BarrierLayout.KIND, BarrierLayout.size(parties));
        block.words().setIntVolatile(PARTIES, parties);
        return new MappedBarrierWords(block);
    }

    @Override
    protected String kind() {
        return BarrierLayout.KIND;
    }

    @Override
    protected MappedBarrierWords attach(SharedBlock block) {
        return new MappedBarrierWords(block);
    }

    @Override
    public int state() {
        checkLive();
        return words.getIntVolatile(STATE);
    }

    @Override
    public void state(int state) {
        words.setIntVolatile(STATE, state);
    }

    @Override
    public int count() {
        return words.getIntVolatile(COUNT);
    }

    @Override
    public void count(int count) {
        words.setIntVolatile(COUNT, count);
    }

    @Override
    public int arrive() {
        for (int i = 0; i < parties; i++) {
            long slot = SLOTS + SLOT_SIZE * i;
            if (words.getLongVolatile(slot) == 0) {
                words.setLongVolatile(slot + 8, Holders.ME.startMillis());
                words.setLongVolatile(slot, Holders.ME.pid());
                return i;
            }
        }
        return -1; // more parties inside than slots cannot happen under the lock; be lenient
    }

    @Override
    public void leave(int token) {
        if (token >= 0) {
            words.setLongVolatile(SLOTS + SLOT_SIZE * token, 0L);
        }
    }

    @Override
    public int removeDeadParties() {
        int dead = 0;
        Map<ProcessIdentity, Boolean> verdicts = new HashMap<>(); // one question per process
        for (int i = 0; i < parties; i++) {
            long slot = SLOTS + SLOT_SIZE * i;
            long pid = words.getLongVolatile(slot);
            if (pid == 0 || pid == Holders.ME.pid()) {
                continue;
            }
            ProcessIdentity party = new ProcessIdentity(pid, words.getLongVolatile(slot + 8));
            if (verdicts.computeIfAbsent(party, p -> Holders.isDead(p.pid(), p.startMillis()))) {
                words.setLongVolatile(slot, 0L);
                dead++;
            }
        }
        if (dead > 0) {
            count(Math.max(0, count() - dead));
        }
        return dead;
    }

    @Override
    public boolean spinnable() {
        return true;
    }

    @Override
    public boolean watchesDeadParties() {
        return true;
    }
}
