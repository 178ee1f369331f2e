package plv.product.browser;

import java.time.Duration;
import java.time.Instant;

import plv.product.ProductProcess;

/**
 * The real product jar ({@link ProductProcess}) with the demo users, in a fresh home, ready once the sign-in page
 * answers (the security and web bundles start after /health does).
 */
final class RunningProduct implements AutoCloseable {

    private final ProductProcess process;

    private RunningProduct(ProductProcess process) {
        this.process = process;
    }

    static RunningProduct start() throws Exception {
        ProductProcess p = ProductProcess.startAndWait(ProductProcess.newHome("browser"), "-Dplv.demo=true");
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (p.get("/sign-in").statusCode() != 200) {
            if (Instant.now().isAfter(end)) {
                p.close();
                throw new IllegalStateException("The sign-in page did not answer 200 within 90 s:\n" + p.stderr());
            }
            Thread.sleep(250);
        }
        return new RunningProduct(p);
    }

    String url(String path) {
        return process.url(path);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
