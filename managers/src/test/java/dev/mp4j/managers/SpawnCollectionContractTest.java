package dev.mp4j.managers;

import com.google.common.collect.testing.ListTestSuiteBuilder;
import com.google.common.collect.testing.MapTestSuiteBuilder;
import com.google.common.collect.testing.TestStringListGenerator;
import com.google.common.collect.testing.TestStringMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.ListFeature;
import com.google.common.collect.testing.features.MapFeature;
import dev.mp4j.core.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * A spawn manager's {@code dict()} and {@code list()} keep the contracts of
 * {@code java.util.Map} and {@code java.util.List}, as Guava's testers check them: their local
 * twins are a {@code LinkedHashMap} and an {@code ArrayList}, nulls and order included. What
 * they do not claim: fail-fast iterators (a proxy's iterator reads a snapshot, or by index).
 */
class SpawnCollectionContractTest {

    private static Manager manager;

    /**
     * The proxy made last: Guava's reserializing suites serialize a fresh proxy and drop it,
     * and a dropped proxy's object may go before its copy arrives (as in Python, a proxy sent
     * on must be kept until it has arrived), so the original is kept until the next one.
     */
    private static Object lastMade;

    @BeforeAll
    static void startManager() {
        manager = Manager.start(Context.spawn());
    }

    @AfterAll
    static void shutDownManager() {
        lastMade = null;
        manager.shutdown();
    }

    @TestFactory
    Stream<DynamicNode> aDictProxyIsAMap() {
        return JUnit3Suites.dynamic(MapTestSuiteBuilder.using(new TestStringMapGenerator() {
            @Override
            protected Map<String, String> create(Map.Entry<String, String>[] entries) {
                Map<String, String> d = manager.dict();
                for (Map.Entry<String, String> e : entries) {
                    d.put(e.getKey(), e.getValue());
                }
                lastMade = d;
                return d;
            }
        }).named("dict proxy").withFeatures(MapFeature.GENERAL_PURPOSE, MapFeature.ALLOWS_NULL_KEYS,
                MapFeature.ALLOWS_NULL_VALUES, MapFeature.ALLOWS_ANY_NULL_QUERIES,
                CollectionFeature.SUPPORTS_ITERATOR_REMOVE, CollectionFeature.KNOWN_ORDER, CollectionFeature.SERIALIZABLE,
                CollectionSize.ANY).createTestSuite());
    }

    @TestFactory
    Stream<DynamicNode> aListProxyIsAList() {
        return JUnit3Suites.dynamic(ListTestSuiteBuilder.using(new TestStringListGenerator() {
            @Override
            protected List<String> create(String[] elements) {
                List<String> l = manager.list(Arrays.asList(elements));
                lastMade = l;
                return l;
            }
        }).named("list proxy").withFeatures(ListFeature.GENERAL_PURPOSE, CollectionFeature.ALLOWS_NULL_VALUES,
                CollectionFeature.SERIALIZABLE, CollectionSize.ANY).createTestSuite());
    }
}
