package nl.municipalnetworks.testsupport.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real browser of the browser tests: Debian's chromium ({@code .ci/run} installs it), driven by Playwright for
 * Java, whose own browser download is switched off. {@code -Dtest.chromium=/path/to/chromium} points at another one.
 * A module that uses it adds the Playwright dependency itself (here it is {@code provided}).
 */
public final class HeadlessChromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts the browser, or skips the calling tests (a JUnit assumption, with a message) where none is installed. */
    public static HeadlessChromium launch() {
        Path chromium = Path.of(System.getProperty("test.chromium", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "No chromium at " + chromium + ": the real-browser test is skipped "
                + "(apt-get install chromium, or -Dtest.chromium=/path/to/chromium)");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
            return new HeadlessChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
