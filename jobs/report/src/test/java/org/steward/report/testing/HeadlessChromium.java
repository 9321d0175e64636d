package org.steward.report.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real browser for tests: Debian's headless Chromium, with a fresh profile and no network of its own, to check
 * that a report opens without errors and shows its sections, and to take its screenshot. Without
 * /usr/bin/chromium a test using it is skipped with a message, unless {@code -Dsteward.require-browser=true}
 * (CI), where it fails.
 */
public final class HeadlessChromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");

    /** What the browser did with a page: the DOM after loading, and what it logged on the way. */
    public record Page(String dom, String log) {

        /** Log lines a broken page produces: a resource that failed, a script error, a parse error. */
        public List<String> errors() {
            return log.lines().filter(l -> l.contains("Failed to load resource") || l.contains("Uncaught")
                    || l.contains("net::ERR_") || l.contains("This page contains the following errors")).toList();
        }
    }

    private HeadlessChromium() {
    }

    public static void assumeAvailable() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String message = BINARY + " not found: the browser test needs Debian's chromium (apt-get install -y chromium)";
        if (Boolean.getBoolean("steward.require-browser")) {
            fail(message + "; steward.require-browser=true makes it required");
        }
        Assumptions.abort(message);
    }

    public static Page load(Path html, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("chromium.log");
        String dom = run(work, log, "--dump-dom", html.toUri().toString());
        return new Page(dom, Files.readString(log, StandardCharsets.UTF_8));
    }

    public static void screenshot(Path html, Path png, int width, int height, Path work) throws IOException, InterruptedException {
        run(work, work.resolve("chromium-screenshot.log"), "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--hide-scrollbars", html.toUri().toString());
    }

    private static String run(Path work, Path log, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = work.resolve("chromium.out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 180 s: " + command);
        }
        if (process.exitValue() != 0) {
            fail("chromium exited with " + process.exitValue() + ": " + Files.readString(log));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
