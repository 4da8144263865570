package org.goalparse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command as a child process, output discarded, and measures its wall time and peak resident set
 * (with {@code /usr/bin/time} when present, else by polling {@code VmHWM} in {@code /proc/<pid>/status}).
 */
record ChildRun(long wallNanos, long peakRssKb, int exitCode) {
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    static ChildRun run(List<String> command) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(TIME);
        Path rssFile = timed ? Files.createTempFile("goalparse-bench-rss", ".txt") : null;
        List<String> cmd = new ArrayList<>();
        if (timed) {
            cmd.addAll(List.of(TIME.toString(), "-f", "%M", "-o", rssFile.toString()));
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        long polled = 0;
        if (!timed) {
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            while (p.isAlive()) {
                polled = Math.max(polled, hwm(status));
                Thread.sleep(20);
            }
        }
        int exit = p.waitFor();
        long wall = System.nanoTime() - start;
        long rss = polled;
        if (timed) {
            List<String> lines = Files.readAllLines(rssFile, StandardCharsets.UTF_8);
            Files.deleteIfExists(rssFile);
            rss = lines.isEmpty() ? 0 : Long.parseLong(lines.get(lines.size() - 1).trim());
        }
        return new ChildRun(wall, rss, exit);
    }

    private static long hwm(Path status) {
        try {
            Matcher m = HWM.matcher(Files.readString(status, StandardCharsets.UTF_8));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException e) {
            return 0; // the process has just ended
        }
    }

    /** Whether {@code program} can be run (found on the PATH). */
    static boolean available(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The java launcher of the running JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
