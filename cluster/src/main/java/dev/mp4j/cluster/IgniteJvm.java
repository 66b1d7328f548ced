package dev.mp4j.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * What a JVM needs to run an Ignite 2.x node on JDK 25: the {@code --add-opens} of Ignite's
 * own JDK 17+ start script, which reaches into these packages by reflection. The cluster
 * context checks them before it starts a node, so that a JVM without them fails with this
 * list instead of Ignite's first reflective error.
 */
public final class IgniteJvm {

    /** {@code module/package} pairs that a node's JVM must open to the unnamed module. */
    private static final List<String> OPENED = List.of(
            "java.base/jdk.internal.access", "java.base/jdk.internal.misc", "java.base/sun.nio.ch",
            "java.base/sun.util.calendar", "java.management/com.sun.jmx.mbeanserver",
            "jdk.internal.jvmstat/sun.jvmstat.monitor", "java.base/sun.reflect.generics.reflectiveObjects",
            "jdk.management/com.sun.management.internal", "java.base/java.io", "java.base/java.nio",
            "java.base/java.net", "java.base/java.util", "java.base/java.util.concurrent",
            "java.base/java.util.concurrent.locks", "java.base/java.util.concurrent.atomic", "java.base/java.lang",
            "java.base/java.lang.invoke", "java.base/java.math", "java.sql/java.sql", "java.base/java.lang.reflect",
            "java.base/java.time", "java.base/java.text", "java.management/sun.management",
            "java.desktop/java.awt.font");

    private IgniteJvm() {}

    /**
     * The JVM options: one {@code --add-opens=module/package=ALL-UNNAMED} each, and
     * {@code --sun-misc-unsafe-memory-access=allow}, without which JDK 25 warns on stderr at
     * Ignite's first use of {@code sun.misc.Unsafe}.
     */
    public static List<String> options() {
        List<String> options = new ArrayList<>(OPENED.size() + 1);
        for (String p : OPENED) {
            options.add("--add-opens=" + p + "=ALL-UNNAMED");
        }
        options.add("--sun-misc-unsafe-memory-access=allow");
        return options;
    }

    /** Fails, naming the options to add, unless this JVM opens what Ignite needs. */
    static void check() {
        Module unnamed = IgniteJvm.class.getClassLoader().getUnnamedModule();
        List<String> missing = new ArrayList<>();
        for (String p : OPENED) {
            String module = p.substring(0, p.indexOf('/'));
            String pkg = p.substring(p.indexOf('/') + 1);
            boolean open = ModuleLayer.boot().findModule(module).map(m -> m.isOpen(pkg, unnamed)).orElse(true);
            if (!open) {
                missing.add("--add-opens=" + p + "=ALL-UNNAMED");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("an Apache Ignite node needs these JVM options on JDK "
                    + Runtime.version().feature() + ", which this JVM lacks: " + String.join(" ", missing)
                    + " (IgniteJvm.options() lists them all)");
        }
    }
}
