import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop load program (JDK only, run with {@code java bench/WebLoad.java}): N clients each request the
 * given pages in turn, as fast as the answers come, for a warm-up and then a measured period, over one signed-in
 * session. Prints requests/s and p50/p95/p99/max latency per page and overall, and the errors (anything but 200).
 *
 * <p>Arguments: {@code --base http://127.0.0.1:8080 --cookie PLV_SESSION=... --clients 20 --seconds 30 --warmup 5
 * --paths /,/users}, and optionally {@code --authorization "Basic ..."} (sent as the Authorization header, e.g. for
 * API clients using HTTP Basic; see {@code api-basic-load.sh}).
 */
public class WebLoad {

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>(Map.of("--clients", "20", "--seconds", "30", "--warmup", "5", "--paths", "/,/users",
                "--cookie", "", "--authorization", ""));
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        String base = a.get("--base");
        int clients = Integer.parseInt(a.get("--clients"));
        List<String> paths = Arrays.asList(a.get("--paths").split(","));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        authorization = a.get("--authorization");
        run(http, base, a.get("--cookie"), paths, clients, Integer.parseInt(a.get("--warmup")) * 1000L, false);
        Result r = run(http, base, a.get("--cookie"), paths, clients, Integer.parseInt(a.get("--seconds")) * 1000L, true);
        System.out.printf("%d clients, %d s, pages %s%n", clients, Integer.parseInt(a.get("--seconds")), paths);
        System.out.printf("%-12s %9s %9s %8s %8s %8s %8s%n", "page", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Long> all = new ArrayList<>();
        for (String p : paths) {
            List<Long> l = r.latencies.get(p);
            all.addAll(l);
            line(p, l, r.seconds);
        }
        line("all", all, r.seconds);
        System.out.printf("errors: %d%s%n", r.errors.get(), r.firstError == null ? "" : " (first: " + r.firstError + ")");
        double p95 = percentile(sorted(all), 95) / 1e6;
        System.out.printf("aim p95 < 50 ms and no errors: %s%n", p95 < 50 && r.errors.get() == 0 ? "MET" : "NOT MET");
        System.exit(r.errors.get() == 0 ? 0 : 1);
    }

    static String authorization = "";

    record Result(Map<String, List<Long>> latencies, AtomicLong errors, String firstError, double seconds) {
    }

    static Result run(HttpClient http, String base, String cookie, List<String> paths, int clients, long millis, boolean keep)
            throws InterruptedException {
        Map<String, List<Long>> latencies = new HashMap<>();
        paths.forEach(p -> latencies.put(p, new ArrayList<>()));
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        long start = System.nanoTime();
        long end = start + millis * 1_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                Map<String, List<Long>> mine = new HashMap<>();
                paths.forEach(p -> mine.put(p, new ArrayList<>()));
                for (int i = offset; System.nanoTime() < end; i++) {
                    String path = paths.get(i % paths.size());
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
                    if (!cookie.isEmpty()) {
                        b.header("Cookie", cookie);
                    }
                    if (!authorization.isEmpty()) {
                        b.header("Authorization", authorization);
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                        long dt = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = path + " answered " + r.statusCode();
                                }
                            }
                        } else {
                            mine.get(path).add(dt);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = path + ": " + e;
                            }
                        }
                    }
                }
                synchronized (latencies) {
                    mine.forEach((p, l) -> latencies.get(p).addAll(l));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(latencies, keep ? errors : new AtomicLong(), keep ? firstError[0] : null, seconds);
    }

    static void line(String name, List<Long> latencies, double seconds) {
        long[] s = sorted(latencies);
        System.out.printf("%-12s %9d %9.1f %8.2f %8.2f %8.2f %8.2f%n", name, s.length, s.length / seconds, percentile(s, 50) / 1e6,
                percentile(s, 95) / 1e6, percentile(s, 99) / 1e6, s.length == 0 ? 0 : s[s.length - 1] / 1e6);
    }

    static long[] sorted(List<Long> l) {
        long[] s = l.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(s);
        return s;
    }

    static double percentile(long[] s, double p) {
        if (s.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }
}
