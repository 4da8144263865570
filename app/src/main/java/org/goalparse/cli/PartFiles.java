package org.goalparse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Part;

/**
 * The JSON files of one input in an output (or golden) folder. A file of one department has one, its
 * {@link OutputNamer} name ({@code iruma.pdf.json}); a file of several departments has one per department,
 * {@code <that name without .json>.<part suffix>.json} ({@code city-2024.pdf.1.json}, the suffix zero-padded to
 * the width of the count: {@code .01} of 12, see {@link Part#suffix()}). {@link Folder} remembers which part files
 * a folder held when the run began, so that the files an earlier run wrote for another version of an input (one
 * record where there are parts now, parts where there is one record, more parts than now) can be removed.
 */
final class PartFiles {
    /**
     * A part file: the stem, a dot, 1 to 6 digits. An {@link OutputNamer} suffix for colliding names has 8 hex
     * digits, so it is never taken for a part.
     */
    private static final Pattern PART = Pattern.compile("(.+)\\.(\\d{1,6})\\.json");

    private PartFiles() {
    }

    /** {@code iruma.pdf.json} -> {@code iruma.pdf}. */
    static String stem(String name) {
        return name.endsWith(OutputNamer.SUFFIX) ? name.substring(0, name.length() - OutputNamer.SUFFIX.length())
                : name;
    }

    /** The file of a record whose input's output name is {@code name}: the name itself for a whole file. */
    static String name(String name, Part part) {
        return part == null ? name : stem(name) + "." + part.suffix() + OutputNamer.SUFFIX;
    }

    static String name(String name, GoalDocument doc) {
        return name(name, doc.source().part());
    }

    /** How a record is named in messages: {@code PATH}, or {@code PATH part 2 of 5 (pages 3-4)}. */
    static String label(String input, Part part) {
        return part == null ? input : input + " part " + part.index() + " of " + part.count() + " (" + part.where()
                + ")";
    }

    /** The part files of one folder as the run found them, by the output name they belong to. */
    static final class Folder {
        private final Path dir;
        private final Map<String, List<String>> partsByStem;
        private final Set<String> runNames;

        private Folder(Path dir, Map<String, List<String>> partsByStem, Set<String> runNames) {
            this.dir = dir;
            this.partsByStem = partsByStem;
            this.runNames = runNames;
        }

        /**
         * Lists {@code dir} (absent: no files) once. {@code runNames} are the output names of this run's inputs:
         * never removed as another input's stale part (an input literally named {@code x.pdf.1} beside
         * {@code x.pdf}).
         */
        static Folder scan(Path dir, Collection<String> runNames) throws IOException {
            Map<String, List<String>> parts = new HashMap<>();
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.forEach(f -> {
                        String file = f.getFileName().toString();
                        Matcher m = PART.matcher(file);
                        if (m.matches()) {
                            parts.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file);
                        }
                    });
                }
            }
            parts.values().forEach(l -> l.sort(Comparator.comparingInt(Folder::index).thenComparing(f -> f)));
            Map<String, List<String>> frozen = new HashMap<>();
            parts.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new Folder(dir, Map.copyOf(frozen), Set.copyOf(runNames));
        }

        Path dir() {
            return dir;
        }

        /**
         * The files of the input named {@code name} that are there now: {@code name}, then its part files in
         * index order (those the scan found and that were not removed since).
         */
        List<String> existing(String name) {
            List<String> files = new ArrayList<>();
            if (Files.isRegularFile(dir.resolve(name))) {
                files.add(name);
            }
            for (String part : partsByStem.getOrDefault(stem(name), List.of())) {
                if (!runNames.contains(part) && Files.isRegularFile(dir.resolve(part))) {
                    files.add(part);
                }
            }
            return files;
        }

        /** The files of {@code name} there now that are not in {@code keep}: stale, for this input as it is now. */
        List<String> stale(String name, Collection<String> keep) {
            Set<String> kept = new TreeSet<>(keep);
            return existing(name).stream().filter(f -> !kept.contains(f)).toList();
        }

        /** Deletes the stale files of {@code name} (see {@link #stale}); returns their names. */
        List<String> removeStale(String name, Collection<String> keep) throws IOException {
            List<String> removed = stale(name, keep);
            for (String f : removed) {
                Files.deleteIfExists(dir.resolve(f));
            }
            return removed;
        }

        private static int index(String partFile) {
            Matcher m = PART.matcher(partFile);
            return m.matches() ? Integer.parseInt(m.group(2)) : 0;
        }
    }
}
