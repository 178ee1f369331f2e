package plv.product.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A browser test class: one real product with the demo data (plv.demo=true) and one chromium for all its tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoProductBrowserTest {

    RunningProduct product;
    Browser browser;

    @BeforeAll
    void startProductAndBrowser() throws Exception {
        product = RunningProduct.start();
        browser = new Browser(product);
    }

    @AfterAll
    void stopProductAndBrowser() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (product != null) {
            product.close();
        }
    }
}
