package dev.mp4j.managers;

/** What every proxy (or, for a {@link java.lang.reflect.Proxy}, its handler) is: the holder of one {@link RemoteObject}. */
interface Proxied {

    RemoteObject remote();

    /** Python's name of the proxy's class, for {@link BaseManager#describe}. */
    String proxyKind();
}
