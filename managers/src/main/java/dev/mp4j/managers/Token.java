package dev.mp4j.managers;

import java.io.Serializable;

/**
 * Names one object of one manager's server, as Python's {@code Token}: what a proxy holds and
 * what its serialized form carries (never the authkey: a receiver uses its own process's).
 *
 * @param typeid the type id it was registered under
 * @param address the server's address, in {@code Listener}'s form
 * @param id the object's id in that server
 * @param type the interface its proxy implements
 */
record Token(String typeid, String address, long id, Class<?> type) implements Serializable {

    @Override
    public String toString() {
        return "Token(typeid=" + typeid + ", address=" + address + ", id=" + id + ")";
    }
}
