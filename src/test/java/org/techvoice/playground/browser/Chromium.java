package org.techvoice.playground.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its chromedriver, as the playground's browser tests use them. Selenium Manager is never
 * asked to download a browser: the tests use the packaged binaries or are skipped, saying how to install them.
 */
final class Chromium {

    /** Debian's paths; other systems may point elsewhere with -Dtechvoice.chromium=… and -Dtechvoice.chromedriver=…. */
    static final Path BROWSER = Path.of(System.getProperty("techvoice.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("techvoice.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Why the browser tests cannot run here, or null when both binaries are installed. */
    static String missing() {
        List<String> absent = new ArrayList<>();
        if (!Files.isExecutable(BROWSER)) {
            absent.add(BROWSER + " (package chromium)");
        }
        if (!Files.isExecutable(DRIVER)) {
            absent.add(DRIVER + " (package chromium-driver)");
        }
        if (absent.isEmpty()) {
            return null;
        }
        return "Playground browser tests skipped: " + String.join(" and ", absent) + " not installed. "
                + "Install them with `sudo apt-get install chromium chromium-driver` (.ci/run does this in CI).";
    }

    /** A headless Chromium with a fresh profile under {@code profile} that saves downloads in {@code downloads}. */
    static ChromeDriver start(Path profile, Path downloads) throws IOException {
        Files.createDirectories(profile);
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1360,940", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }
}
