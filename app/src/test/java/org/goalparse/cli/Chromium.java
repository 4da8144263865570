package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium in headless mode, for the tests of the review pages: {@link #dumpDom} loads a page, lets its
 * script run, and returns the DOM as it then is. Chromium must be installed ({@code .ci/run} installs it); a
 * developer without it may skip these tests only by saying so: {@code -Dreview.browser=skip}. The browser is found
 * on PATH ({@code chromium}, {@code chromium-browser}) or given with {@code -Dreview.chromium=/path/to/it}.
 */
final class Chromium {
    static final String SKIP_PROPERTY = "review.browser";
    static final String PATH_PROPERTY = "review.chromium";

    private final Path executable;
    private final Path profile;

    private Chromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** The browser, or the test aborted when skipping was asked for, or failed when it is missing. */
    static Chromium require(Path work) throws IOException {
        if ("skip".equals(System.getProperty(SKIP_PROPERTY))) {
            Assumptions.abort("-D" + SKIP_PROPERTY + "=skip: the review pages are not loaded in a browser");
        }
        Path found = find();
        if (found == null) {
            fail("chromium not found (on PATH as chromium or chromium-browser, or -D" + PATH_PROPERTY
                    + "=PATH): install it (apt-get install chromium; .ci/run does), or skip this test explicitly "
                    + "with -D" + SKIP_PROPERTY + "=skip");
        }
        return new Chromium(found, Files.createDirectories(work.resolve("chromium-profile")));
    }

    private static Path find() {
        String given = System.getProperty(PATH_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Files.isExecutable(Path.of(given)) ? Path.of(given) : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The DOM of {@code page} (with {@code fragment} after #, or null) once its script has run. */
    String dumpDom(Path page, String fragment) throws IOException, InterruptedException {
        String url = page.toUri() + (fragment == null ? "" : "#" + fragment);
        return run(List.of("--virtual-time-budget=3000", "--dump-dom", url), null);
    }

    /** A screenshot of {@code page} at {@code width} x {@code height} pixels into {@code png}. */
    void screenshot(Path page, String fragment, Path png, int width, int height)
            throws IOException, InterruptedException {
        String url = page.toUri() + (fragment == null ? "" : "#" + fragment);
        run(List.of("--virtual-time-budget=3000", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), url), png);
    }

    private String run(List<String> args, Path expected) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile));
        command.addAll(args);
        Path out = Files.createTempFile(profile.getParent(), "dom", ".html");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".log");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        // a guard against a hung browser, not a measure of speed
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("chromium did not finish: " + command);
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + command + "\n" + log);
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        if (expected != null) {
            assertTrue(Files.size(expected) > 0, "no screenshot written: " + log);
        }
        return dom;
    }
}
