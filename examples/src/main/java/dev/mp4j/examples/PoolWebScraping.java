package dev.mp4j.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Parallel Web Scraping (I/O + CPU)": eight workers
 * fetch twenty pages and parse each one's title and links. The seed sleeps instead of
 * fetching; the port fetches for real, from a web server it starts in this JVM on an
 * ephemeral loopback port as a local stand-in for the internet, and stops at the end.
 *
 * <pre>
 * [Parsed http://127.0.0.1:40213/page0 (title 'Page 0', 2 links), Parsed http://127.0.0.1:40213/page1
 * (title 'Page 1', 3 links), ..., Parsed http://127.0.0.1:40213/page19 (title 'Page 19', 3 links)]
 * (on one line)
 * </pre>
 */
final class PoolWebScraping implements Example {

    /** The seed simulates 0.5 s of network a page; the server answers each after a tenth of that. */
    private static final long LATENCY_MILLIS = 50;
    private static final Pattern PAGE = Pattern.compile("/page(\\d+)");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>");
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=");

    @Override
    public String name() {
        return "pool-web-scraping";
    }

    @Override
    public String description() {
        return "Pool(8) fetches twenty pages from a local web server and parses them";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    /** Fetches {@code url} and parses its title and the number of its links. */
    static String fetchAndParse(String url) throws IOException {
        String html;
        // An HTTP error, such as a 404, is an IOException here.
        try (InputStream body = URI.create(url).toURL().openStream()) {
            html = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher title = TITLE.matcher(html);
        String parsedTitle = title.find() ? title.group(1) : "";
        long links = LINK.matcher(html).results().count();
        return "Parsed " + url + " (title '" + parsedTitle + "', " + links + " links)";
    }

    @Override
    public void run(Context context, List<String> args) throws IOException {
        ExampleArguments.none(this, args);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", PoolWebScraping::servePage);
        // A thread per request: the eight workers' fetches are served at the same time.
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            server.setExecutor(requests);
            server.start();
            try {
                String site = "http://127.0.0.1:" + server.getAddress().getPort();
                List<String> urls = IntStream.range(0, 20).mapToObj(i -> site + "/page" + i).toList();
                List<String> results;
                try (Pool pool = new Pool(context, 8)) {
                    results = pool.map(PoolWebScraping::fetchAndParse, urls);
                }
                System.out.println(results);
            } finally {
                server.stop(0);
            }
        }
    }

    /** Answers {@code /pageN} with a page titled "Page N" with 2 to 4 links, after the latency; anything else with 404. */
    private static void servePage(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher page = PAGE.matcher(exchange.getRequestURI().getPath());
            if (!page.matches()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int n = Integer.parseInt(page.group(1));
            StringBuilder html = new StringBuilder("<html><head><title>Page " + n + "</title></head><body>\n");
            for (int i = 0; i < n % 3 + 2; i++) {
                html.append("<a href=\"/page").append(n + i + 1).append("\">more</a>\n");
            }
            html.append("</body></html>\n");
            Thread.sleep(LATENCY_MILLIS);
            byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
