package dev.mp4j.examples;

import dev.mp4j.core.Context;
import dev.mp4j.pool.Pool;
import dev.mp4j.pool.PoolOptions;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.tools.Server;

/**
 * Port of seed 004_6b5411fe1d194d98.txt, "Database Connection per Worker": the pool's
 * initializer opens a connection for its worker, and the worker's tasks query through it.
 *
 * <pre>
 * Worker 4307: DB connected
 * ... (one line per worker: four)
 * SELECT * FROM users: [[1, alice], [2, bob], [3, carol]]
 * SELECT * FROM orders: [[1, 1, book], [2, 3, lamp]]
 * </pre>
 *
 * The database is H2, in memory in this JVM, which also serves it over loopback on an
 * ephemeral port: a worker in a child JVM connects through that server, a worker in this
 * JVM (a thread) opens the database directly, as its connection outlives the server. Each
 * connection closes when its worker's process exits: a child JVM's at its own exit, before
 * the server stops; a thread worker's when this JVM exits, after the example (a pool worker
 * has no exit callback of its own). Under threads every worker prints the pid of this JVM.
 */
final class PoolDbConnection implements Example {

    /** Where a worker finds the database: in memory in the JVM of {@code ownerPid}, served on {@code port}. */
    record Database(String name, int port, long ownerPid) implements Serializable {
        /** The URL for a connection from this JVM. */
        String url() {
            return ProcessHandle.current().pid() == ownerPid ? "jdbc:h2:mem:" + name
                    : "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:" + name;
        }
    }

    /**
     * The worker's connection: one per thread worker; a child JVM worker runs its
     * initializer and its tasks in one thread, as thread workers do.
     */
    private static final ThreadLocal<Connection> DB_CONNECTION = new ThreadLocal<>();

    @Override
    public String name() {
        return "pool-db-connection";
    }

    @Override
    public String description() {
        return "an initializer opens a database connection per worker; the tasks query through it";
    }

    @Override
    public String seedFile() {
        return "004_6b5411fe1d194d98.txt";
    }

    /** Initializes the database connection of this worker. */
    static void initDb(Database database) throws SQLException {
        // The seed leaves create_database_connection undefined: Python's initializer raises NameError in every worker.
        Connection connection = connect(database.url());
        DB_CONNECTION.set(connection);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            try {
                connection.close();
            } catch (SQLException e) {
                System.err.println("closing the connection of worker " + Context.currentProcess().pid() + ": " + e);
            }
        }));
        System.out.println("Worker " + Context.currentProcess().pid() + ": DB connected");
    }

    /** Runs {@code sql} on the worker's connection; the rows, as the cursor Python returns cannot travel back. */
    static List<List<Object>> query(String sql) throws SQLException {
        try (Statement statement = DB_CONNECTION.get().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<List<Object>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(rows.getObject(c));
                }
                result.add(row);
            }
            return result;
        }
    }

    @Override
    public void run(Context context, List<String> args) throws SQLException {
        ExampleArguments.none(this, args);
        // A name of its own each run: thread workers' connections keep an earlier run's
        // database open until the JVM exits.
        String name = "shop-" + UUID.randomUUID();
        // This connection keeps the in-memory database alive while the workers use it.
        try (Connection owner = connect("jdbc:h2:mem:" + name)) {
            try (Statement s = owner.createStatement()) {
                s.execute("CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(20))");
                s.execute("INSERT INTO users VALUES (1, 'alice'), (2, 'bob'), (3, 'carol')");
                s.execute("CREATE TABLE orders (id INT PRIMARY KEY, user_id INT, item VARCHAR(20))");
                s.execute("INSERT INTO orders VALUES (1, 1, 'book'), (2, 3, 'lamp')");
            }
            // Port 0: an ephemeral port. The server takes connections from this machine only.
            Server server = Server.createTcpServer("-tcpPort", "0").start();
            try {
                Database database = new Database(name, server.getPort(), ProcessHandle.current().pid());
                List<String> queries = List.of("SELECT * FROM users", "SELECT * FROM orders");
                List<List<List<Object>>> results;
                PoolOptions options = PoolOptions.defaults().processes(4).initializer(() -> initDb(database));
                try (Pool pool = new Pool(context, options)) {
                    results = pool.map(PoolDbConnection::query, queries);
                }
                // The seed keeps the rows without printing them; printed here, they show each query ran.
                for (int i = 0; i < queries.size(); i++) {
                    System.out.println(queries.get(i) + ": " + results.get(i));
                }
            } finally {
                // After the pool: its child JVMs have closed their connections as they exited.
                server.stop();
            }
        }
    }

    /**
     * H2's driver itself, not DriverManager: DriverManager loads every driver on the class
     * path, Ignite's among them, whose start needs the JVM options of the cluster examples.
     */
    private static Connection connect(String url) throws java.sql.SQLException {
        return new org.h2.Driver().connect(url, new java.util.Properties());
    }
}
