package dev.mp4j.examples;

import com.sun.net.httpserver.HttpServer;
import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.io.IOException;
import java.io.Serializable;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Port of seed 001_37051180ac11844a.txt, "Example: Checking URLs with Pool.map": three workers
 * check three URLs at once and report each status. A web server on loopback, started by the
 * example, stands in for the internet: two sites answer 200, and a port where nothing listens
 * stands in for the site that does not exist.
 *
 * <pre>
 * http://127.0.0.1:PORT/google.com returned status 200
 * http://127.0.0.1:PORT/yahoo.com returned status 200
 * http://127.0.0.1:CLOSED/nonexistentwebsite.com returned status Error
 * </pre>
 */
final class PoolCheckUrls implements Example {

    /** What one check found: the status code, or {@code Error} when no answer came. */
    record Checked(String url, String status) implements Serializable {}

    @Override
    public String name() {
        return "pool-check-urls";
    }

    @Override
    public String description() {
        return "Pool.map checks three URLs of a local web server at once; the one nobody serves is an Error";
    }

    @Override
    public String seedFile() {
        return "001_37051180ac11844a.txt";
    }

    static Checked checkUrl(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(5_000);
            try {
                return new Checked(url, String.valueOf(connection.getResponseCode()));
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) { // Python's requests.exceptions.RequestException
            return new Checked(url, "Error");
        }
    }

    @Override
    public void run(Context context, List<String> args) throws IOException {
        ExampleArguments.none(this, args);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = ("<html><title>" + exchange.getRequestURI().getPath() + "</title></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            try (var body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
        try {
            String site = "http://" + loopback.getHostAddress() + ":" + server.getAddress().getPort() + "/";
            List<String> urls = List.of(site + "google.com", site + "yahoo.com",
                    "http://" + loopback.getHostAddress() + ":" + closedPort() + "/nonexistentwebsite.com");
            List<Checked> results;
            try (Pool pool = new Pool(context, 3)) {
                results = pool.map(PoolCheckUrls::checkUrl, urls);
            }
            for (Checked checked : results) {
                System.out.println(checked.url() + " returned status " + checked.status());
            }
        } finally {
            server.stop(0);
        }
    }

    /** A loopback port that was free a moment ago: a connection to it is refused at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
