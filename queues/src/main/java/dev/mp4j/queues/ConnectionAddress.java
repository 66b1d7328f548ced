package dev.mp4j.queues;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of a {@link Listener}'s address, as Python tells its families apart by type:
 * {@code host:port} (an IPv6 host in brackets, {@code [::1]:6000}) is TCP, and anything else
 * is the path of a Unix domain socket. Text without a {@code /} that holds a {@code :} must
 * be a valid {@code host:port}; write a relative path with a colon as {@code ./a:b}.
 */
final class ConnectionAddress {

    private static final Pattern HOST_PORT = Pattern.compile("(?:\\[([^\\]]+)\\]|([^/:\\[\\]]+)):(\\d{1,5})");

    private ConnectionAddress() {}

    static SocketAddress parse(String address) {
        Objects.requireNonNull(address, "address");
        if (address.isBlank()) {
            throw new IllegalArgumentException("an empty address: give a socket path or host:port");
        }
        if (address.contains("/") || !address.contains(":")) {
            return UnixDomainSocketAddress.of(Path.of(address));
        }
        Matcher m = HOST_PORT.matcher(address);
        if (!m.matches() || Integer.parseInt(m.group(3)) > 0xFFFF) {
            throw new IllegalArgumentException("not a host:port address: '" + address
                    + "' (the port is 0 to 65535; an IPv6 host goes in brackets; a socket path with a colon starts with ./)");
        }
        return new InetSocketAddress(m.group(1) != null ? m.group(1) : m.group(2), Integer.parseInt(m.group(3)));
    }

    static SocketAddress check(SocketAddress address) {
        Objects.requireNonNull(address, "address");
        if (!(address instanceof UnixDomainSocketAddress) && !(address instanceof InetSocketAddress)) {
            throw new IllegalArgumentException("a connection address is a UnixDomainSocketAddress or an InetSocketAddress, not "
                    + address.getClass().getName());
        }
        if (address instanceof InetSocketAddress inet && inet.isUnresolved()) {
            throw new IllegalArgumentException("unknown host: " + inet.getHostString());
        }
        return address;
    }

    static String format(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            String host = inet.getHostString();
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + inet.getPort();
        }
        return ((UnixDomainSocketAddress) address).getPath().toString();
    }
}
