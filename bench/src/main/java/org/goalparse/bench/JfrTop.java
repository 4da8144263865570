package org.goalparse.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Aggregates a JFR recording's execution samples of a parse run into the hot spots: shares per stage,
 * per method (self), per goalparse method (inclusive), and per call from goalparse into a library.
 * {@code java -cp goalparse-bench.jar org.goalparse.bench.JfrTop gp.jfr [--from SECONDS] [--top N] [--callers CLASS.METHOD]...}.
 */
public final class JfrTop {
    private static final String GP = "org.goalparse.";
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("org.goalparse.GoalParser.read", "read+hash");
        STAGES.put("org.goalparse.GoalParser.sha256", "read+hash");
        STAGES.put("org.goalparse.extract.", "extract");
        STAGES.put("org.goalparse.normalize.", "normalize");
        STAGES.put("org.goalparse.segment.", "segment");
        STAGES.put("org.goalparse.interpret.", "interpret");
        STAGES.put("org.goalparse.model.GoalJson", "JSON");
    }

    private final Map<String, Integer> stage = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> boundary = new HashMap<>();
    private final Map<String, Integer> extractParts = new HashMap<>();
    private final Map<String, Map<String, Integer>> callers = new LinkedHashMap<>();
    private int samples;

    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrTop RECORDING.jfr [--from SECONDS] [--top N]");
            System.exit(2);
        }
        double from = 0;
        int top = 25;
        JfrTop t = new JfrTop();
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--from" -> from = Double.parseDouble(args[i + 1]);
                case "--top" -> top = Integer.parseInt(args[i + 1]);
                case "--callers" -> t.callers.put(args[i + 1], new HashMap<>());
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        Instant start = events.stream().map(RecordedEvent::getStartTime).min(Instant::compareTo).orElseThrow();
        Instant cut = start.plus(Duration.ofMillis((long) (from * 1000)));
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals("jdk.ExecutionSample") && !e.getStartTime().isBefore(cut)
                    && e.getStackTrace() != null) {
                t.add(e.getStackTrace().getFrames());
            }
        }
        t.print(top);
    }

    private static String name(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        return m.getType().getName() + "." + m.getName();
    }

    /** frames[0] is the top of the stack. */
    private void add(List<RecordedFrame> frames) {
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        self.merge(name(frames.get(0)), 1, Integer::sum);
        String st = "other";
        Set<String> seen = new HashSet<>();
        String part = null;
        for (int i = frames.size() - 1; i >= 0; i--) {
            String n = name(frames.get(i));
            if (st.equals("other")) {
                for (Map.Entry<String, String> s : STAGES.entrySet()) {
                    if (n.startsWith(s.getKey())) {
                        st = s.getValue();
                        break;
                    }
                }
            }
            if (n.startsWith("org.goalparse.extract.") && !n.startsWith("org.goalparse.extract.DetectingExtractor")
                    && !n.startsWith("org.goalparse.extract.pdf.PdfExtractor")) {
                part = part == null ? n : part;
            }
            if (n.startsWith(GP) && !n.startsWith("org.goalparse.bench.") && seen.add(n)) {
                inclusive.merge(n, 1, Integer::sum);
            }
            if (i > 0 && n.startsWith(GP)) {
                String callee = name(frames.get(i - 1));
                if (!callee.startsWith(GP) && !callee.startsWith("java.lang.Iterable")
                        && seen.add(n + " -> " + callee)) {
                    boundary.merge(n + " -> " + callee, 1, Integer::sum);
                }
            }
        }
        stage.merge(st, 1, Integer::sum);
        for (Map.Entry<String, Map<String, Integer>> c : callers.entrySet()) {
            caller(frames, c.getKey()).ifPresent(n -> c.getValue().merge(n, 1, Integer::sum));
        }
        if (st.equals("extract")) {
            extractParts.merge(part == null ? "PdfExtractor/Loader (load, page tree)" : part, 1, Integer::sum);
        }
    }

    /** The nearest goalparse frame below the outermost frame of {@code method}, if the sample holds it. */
    private static java.util.Optional<String> caller(List<RecordedFrame> frames, String method) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (name(frames.get(i)).equals(method)) {
                for (int j = i + 1; j < frames.size(); j++) {
                    String n = name(frames.get(j));
                    if (n.startsWith(GP) && !n.contains("$$Lambda") && !n.contains(".lambda$")) {
                        return java.util.Optional.of(n);
                    }
                }
                return java.util.Optional.of("(none)");
            }
        }
        return java.util.Optional.empty();
    }

    private void print(int top) {
        System.out.printf("%d execution samples%n%n## stage (outermost goalparse frame)%n", samples);
        show(stage, top);
        System.out.printf("%n## inside extract: first extractor class called (inclusive, share of all samples)%n");
        show(extractParts, top);
        System.out.printf("%n## self time (top frame)%n");
        show(self, top);
        System.out.printf("%n## goalparse methods, inclusive%n");
        show(inclusive, top);
        System.out.printf("%n## calls from goalparse into libraries, inclusive%n");
        show(boundary, top);
        for (Map.Entry<String, Map<String, Integer>> c : callers.entrySet()) {
            System.out.printf("%n## callers of %s, inclusive%n", c.getKey());
            show(c.getValue(), top);
        }
    }

    private void show(Map<String, Integer> counts, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
