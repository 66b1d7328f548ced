package dev.mp4j.core.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Past mp4j's share of vm.max_map_count a new mapping fails with an error naming the limit. */
class MappingBudgetTest {

    @Test
    void oneMappingPastTheBudgetFailsClearlyAndClosingGivesItBack() {
        int saved = MappingBudget.limit;
        List<Segment> kept = new ArrayList<>();
        try {
            // Segments of earlier tests may be collected meanwhile, so fill up to the refusal.
            MappingBudget.limit = MappingBudget.live() + 2;
            IllegalStateException refused = null;
            for (int i = 0; i < 100 && refused == null; i++) {
                int files = OwnedFiles.count();
                try {
                    kept.add(Segment.create("TEST", 1, 64));
                } catch (IllegalStateException e) {
                    refused = e;
                    assertEquals(files, OwnedFiles.count(), "the refused segment left no file");
                }
            }
            assertNotNull(refused, "the budget was enforced");
            assertTrue(refused.getMessage().contains("vm.max_map_count"), refused.getMessage());
            kept.removeLast().close();
            try (Segment again = Segment.attach(kept.getFirst().name(), "TEST", 1)) {
                assertEquals(kept.getFirst().name(), again.name(), "a closed mapping gave its place back");
            }
        } finally {
            MappingBudget.limit = saved;
            kept.forEach(Segment::close);
        }
    }
}
