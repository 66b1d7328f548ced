package dev.mp4j.queues;

import java.nio.file.Path;

/** The connection contract over a Unix domain socket. */
class UnixConnectionTest extends ConnectionContract {

    @Override
    String address(Path dir) {
        return dir.resolve("contract.sock").toString();
    }
}
