package dev.mp4j.managers;

import java.util.Collections;
import java.util.stream.Stream;
import junit.framework.Test;
import junit.framework.TestResult;
import junit.framework.TestSuite;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a JUnit 3 suite (what guava-testlib's suite builders make) as JUnit Jupiter dynamic
 * tests, one per test case, so the build needs one test engine.
 */
final class JUnit3Suites {

    private JUnit3Suites() {}

    static Stream<DynamicNode> dynamic(TestSuite suite) {
        return Collections.list(suite.tests()).stream().map(JUnit3Suites::node);
    }

    private static DynamicNode node(Test test) {
        if (test instanceof TestSuite suite) {
            return DynamicContainer.dynamicContainer(suite.getName(), dynamic(suite));
        }
        return DynamicTest.dynamicTest(test.toString(), () -> {
            TestResult result = new TestResult();
            test.run(result);
            if (result.errorCount() > 0) {
                throw result.errors().nextElement().thrownException();
            }
            if (result.failureCount() > 0) {
                throw result.failures().nextElement().thrownException();
            }
        });
    }
}
