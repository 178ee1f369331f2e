package plv.platform.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret keys of the audit chain, kept outside the database: a folder (default {@code plv.home/keys}, or the
 * setting {@code plv.audit.keys}) with one file {@code audit-<id>.key} per key (32 random bytes, Base64) and a file
 * {@code audit-current} naming the key that signs new entries. The folder and files are readable by their owner only.
 * Older keys stay so that entries they signed still verify after a rotation.
 */
final class AuditKeys {

    static final String CURRENT = "audit-current";
    private static final Pattern KEY_FILE = Pattern.compile("audit-([A-Za-z0-9_-]{1,60})\\.key");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private volatile String current;

    private AuditKeys(Path folder) {
        this.folder = folder;
    }

    /** Opens the folder, creating it and a first key when there is none (several processes may do this at once). */
    static AuditKeys open(Path folder) {
        AuditKeys k = new AuditKeys(folder);
        try {
            createPrivateFolder(folder);
            try (FileChannel lockFile = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                k.load();
                if (k.current == null) {
                    String id = newId();
                    k.writeKey(id);
                    k.writeCurrent(id);
                    k.load();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The audit keys folder " + folder + " cannot be used (" + e.getMessage()
                    + "): make it writable by the user running PLV, or point plv.audit.keys at one that is", e);
        }
        return k;
    }

    /** Keys held in memory only (tests, benchmarks). */
    static AuditKeys inMemory(String id, byte[] key) {
        AuditKeys k = new AuditKeys(null);
        k.keys.put(id, key.clone());
        k.current = id;
        return k;
    }

    Path folder() {
        return folder;
    }

    String currentId() {
        return current;
    }

    /** The key with this id, looking in the folder again when it is not known yet (another node may have rotated); null when absent. */
    byte[] key(String id) {
        byte[] key = id == null ? null : keys.get(id);
        if (key == null && id != null && folder != null) {
            try {
                load();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the audit keys in " + folder + ": " + e.getMessage(), e);
            }
            key = keys.get(id);
        }
        return key;
    }

    /** Creates a new key and makes it current; the old ones stay for verification. */
    synchronized String rotate() {
        if (folder == null) {
            String id = newId();
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            keys.put(id, key);
            current = id;
            return id;
        }
        try (FileChannel lockFile = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            String id = newId();
            writeKey(id);
            writeCurrent(id);
            load();
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a new audit key in " + folder + ": " + e.getMessage(), e);
        }
    }

    private void load() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = KEY_FILE.matcher(f.getFileName().toString());
                if (m.matches() && !keys.containsKey(m.group(1))) {
                    byte[] key = Base64.getDecoder().decode(Files.readString(f, StandardCharsets.US_ASCII).strip());
                    if (key.length < 32) {
                        throw new IOException(f + " holds " + key.length + " bytes; an audit key needs 32");
                    }
                    keys.put(m.group(1), key);
                }
            }
        }
        Path pointer = folder.resolve(CURRENT);
        if (Files.exists(pointer)) {
            String id = Files.readString(pointer, StandardCharsets.US_ASCII).strip();
            if (!keys.containsKey(id)) {
                throw new IOException(pointer + " names key " + id + " but there is no file audit-" + id + ".key");
            }
            current = id;
        }
    }

    private void writeKey(String id) throws IOException {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Path file = folder.resolve("audit-" + id + ".key");
        try (FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(false))) {
            ch.write(ByteBuffer.wrap((Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("key " + id + " exists already", e);
        }
    }

    private void writeCurrent(String id) throws IOException {
        Path tmp = folder.resolve(CURRENT + ".tmp");
        Files.deleteIfExists(tmp);
        try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(false))) {
            ch.write(ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        }
        Files.move(tmp, folder.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void createPrivateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, ownerOnly(true));
            } catch (FileAlreadyExistsException raced) {
                // another process made it
            }
        }
    }

    private static FileAttribute<?>[] ownerOnly(boolean folder) {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------");
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)};
    }

    /** A readable, unique id: the day it was made and random hexadecimal, e.g. {@code 20261204-9f3a2c1b}. */
    private static String newId() {
        byte[] r = new byte[4];
        RANDOM.nextBytes(r);
        return LocalDate.now(ZoneOffset.UTC).toString().replace("-", "") + "-" + HexFormat.of().formatHex(r);
    }
}
