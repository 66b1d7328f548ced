package dev.mp4j.core.internal.shm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The per-user directory that holds every mp4j file of this machine: mapped segments and
 * the control sockets of child JVMs. On Linux it is {@code /dev/shm/mp4j-<user>} (memory,
 * not disk); elsewhere {@code <java.io.tmpdir>/mp4j-<user>}; {@code -Dmp4j.runtimeDir}
 * overrides both. Mode 0700: other users can neither list nor open our files; a directory
 * that is a link, belongs to someone else or is open to others is refused
 * ({@link #checkTrusted}). Child JVMs are given the resolved path, so they never compute
 * another one (from a different {@code user.name}, say).
 *
 * <p>The first use in a JVM sweeps the directory of files whose creator is dead (see
 * {@link FileSweeper}), so even a run that was SIGKILLed leaves nothing behind once any
 * later mp4j process has started.
 */
public final class RuntimeDirectory {

    private static final Path PATH = create();

    private RuntimeDirectory() {}

    /** The directory, created and swept on first use. */
    public static Path path() {
        return PATH;
    }

    private static Path create() {
        String override = System.getProperty("mp4j.runtimeDir");
        Path dir;
        if (override != null && !override.isBlank()) {
            dir = Path.of(override);
        } else {
            String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
            Path shm = Path.of("/dev/shm");
            Path base = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? shm : Path.of(System.getProperty("java.io.tmpdir"));
            dir = base.resolve("mp4j-" + user);
        }
        try {
            try {
                Files.createDirectories(dir.getParent());
                // Atomic with its mode: nobody else can open it between creation and a chmod.
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException e) {
                // Someone made it before us: perhaps this user, perhaps another one.
            }
            checkTrusted(dir);
        } catch (UnsupportedOperationException e) {
            try {
                Files.createDirectories(dir);
            } catch (IOException io) {
                throw new UncheckedIOException("cannot create the mp4j runtime directory " + dir, io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the mp4j runtime directory " + dir, e);
        }
        FileSweeper.sweep(dir);
        return dir;
    }

    /**
     * Refuses a runtime directory that another user could read or write: one that is a
     * symbolic link (or not a directory), is owned by another user, or grants any permission
     * to group or others. Another local user who created {@code /dev/shm/mp4j-<victim>}
     * first (it is emptied at each boot) could otherwise read and write the victim's shared
     * memory and delete its segments.
     *
     * @throws IllegalStateException naming what is wrong and how to fix it
     */
    static void checkTrusted(Path dir) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String fix = "; remove it, or point -Dmp4j.runtimeDir at a directory of your own with mode 0700";
        if (attributes.isSymbolicLink() || !attributes.isDirectory()) {
            throw new IllegalStateException("the mp4j runtime directory " + dir
                    + (attributes.isSymbolicLink() ? " is a symbolic link" : " is not a directory") + fix);
        }
        Object owner = Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (!owner.equals(currentUid())) {
            throw new IllegalStateException("the mp4j runtime directory " + dir + " belongs to uid " + owner
                    + ", not to this process's uid " + currentUid() + fix);
        }
        Set<PosixFilePermission> open = EnumSet.copyOf(attributes.permissions());
        open.retainAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE));
        if (!open.isEmpty()) {
            throw new IllegalStateException("the mp4j runtime directory " + dir + " has mode "
                    + PosixFilePermissions.toString(attributes.permissions())
                    + ", open to other users; it must be rwx------ (chmod 700 " + dir + ")");
        }
    }

    /** This process's uid: the owner of /proc/self on Linux, else of a file it has just made. */
    private static Object currentUid() throws IOException {
        Path self = Path.of("/proc/self");
        if (Files.isDirectory(self)) {
            return Files.getAttribute(self, "unix:uid");
        }
        Path probe = Files.createTempFile("mp4j-uid", ".probe");
        try {
            return Files.getAttribute(probe, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } finally {
            Files.delete(probe);
        }
    }
}
