package plv.product;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The exported product jar started as a separate process, as a user would start it: its own {@code plv.home}, a free
 * HTTP port, standard output and error kept in files, and standard input kept open so tests can type Gogo commands.
 */
public final class ProductProcess implements AutoCloseable {

    /**
     * How long a test waits for a started product's /health: 90 s, or {@code -Dplv.e2e.startSeconds} on a machine
     * shared with other builds (a start takes about 10 s on a quiet 2-core machine).
     */
    static final Duration START_WAIT = Duration.ofSeconds(Long.getLong("plv.e2e.startSeconds", 90));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final AtomicInteger MARKS = new AtomicInteger();

    public final Path home;
    public final int port;
    private final Process process;
    private final OutputStream stdin;
    private final Path stdout;
    private final Path stderr;

    private ProductProcess(Path home, int port, Process process, Path stdout, Path stderr) {
        this.home = home;
        this.port = port;
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** A fresh, empty home folder under target/e2e. */
    public static Path newHome(String name) throws IOException {
        Path dir = Path.of(System.getProperty("plv.test.dir", "target/e2e")).toAbsolutePath();
        Files.createDirectories(dir);
        return Files.createTempDirectory(dir, name + "-");
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("plv.jar", "target/plv.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with bin/plv build");
        }
        return jar;
    }

    /** Starts the product; does not wait for it. Extra settings are {@code -Dname=value} options. */
    public static ProductProcess start(Path home, String... settings) throws IOException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xshare:auto", "-Dplv.home=" + home, "-Dplv.http.port=" + port));
        cmd.addAll(List.of(settings));
        cmd.addAll(List.of("-jar", jar().toString()));
        int run = MARKS.incrementAndGet();
        Path out = home.resolve("console-" + run + ".out");
        Path err = home.resolve("console-" + run + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ProductProcess(home, port, p, out, err);
    }

    /** Starts the product and waits until {@code /health} answers 200. */
    public static ProductProcess startAndWait(Path home, String... settings) throws Exception {
        ProductProcess p = start(home, settings);
        p.awaitHealthy(START_WAIT);
        return p;
    }

    public void awaitHealthy(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The product ended with exit code " + process.exitValue() + ":\n" + stderr() + stdout());
            }
            try {
                last = get("/health").statusCode();
                if (last == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // listener not open yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("/health did not answer 200 within " + timeout + " (last " + last + "):\n" + stderr());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Types a Gogo command on the product's console and answers what it printed. */
    public String shell(String command) throws Exception {
        String mark = "--done-" + MARKS.incrementAndGet() + "--";
        long from = Files.size(stdout);
        stdin.write((command + "\necho " + mark + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            String text = Files.readString(stdout, StandardCharsets.UTF_8);
            String fresh = text.length() > from ? text.substring((int) Math.min(from, text.length())) : "";
            int at = fresh.indexOf(mark + "\n");
            if (at < 0) {
                at = fresh.indexOf(mark + "\r\n");
            }
            if (at >= 0) {
                return fresh.substring(0, at);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No answer to '" + command + "':\n" + stdout());
    }

    public String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    public String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hooks, no chance to flush anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager or Ctrl-C would; answers the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The product did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    public int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The product is still running after " + timeout);
        }
        return process.exitValue();
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
