package dev.mp4j.queues;

import java.nio.file.Path;

/** The connection contract over TCP on the loopback, on a free port. */
class TcpConnectionTest extends ConnectionContract {

    @Override
    String address(Path dir) {
        return "127.0.0.1:0";
    }
}
