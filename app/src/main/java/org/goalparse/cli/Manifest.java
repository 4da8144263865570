package org.goalparse.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goalparse.source.Source;

/**
 * {@code batch --manifest FILE.csv}: metadata the text does not give, one row per document. The header names the
 * columns (any order, case ignored): {@code path} (required), {@code municipality}, {@code source_url},
 * {@code published} (YYYY, YYYY-MM or YYYY-MM-DD); an empty cell gives nothing. A row's path is matched against an
 * input first relative to the manifest's folder, then relative to the working folder, then by file name alone when
 * only one row has that name. A municipality from the manifest fills {@code municipality} only when the text does
 * not name the city: what the document says wins.
 */
final class Manifest {
    /** One document's metadata. */
    record Entry(String municipality, String url, String published) {
        Entry {
            if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new IllegalArgumentException("published must be YYYY, YYYY-MM or YYYY-MM-DD: " + published);
            }
        }

        /** The source with this entry's URL and publication date (the municipality is filled after the parse). */
        Source apply(Source source) {
            return source.withPublication(url != null ? url : source.url(),
                    published != null ? published : source.published());
        }
    }

    static final Manifest EMPTY = new Manifest(Map.of(), Map.of());

    private final Map<Path, Entry> byPath;
    private final Map<String, Entry> byUniqueName;

    private Manifest(Map<Path, Entry> byPath, Map<String, Entry> byUniqueName) {
        this.byPath = byPath;
        this.byUniqueName = byUniqueName;
    }

    /** Reads a manifest; a malformed one is an {@link IllegalArgumentException} naming the row. */
    static Manifest read(Path file) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the manifest is empty (a header with a path column is needed)");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("path")) {
            throw new IllegalArgumentException("the manifest's header has no path column: " + header);
        }
        Path base = file.toAbsolutePath().getParent();
        Path cwd = Path.of("").toAbsolutePath();
        Map<Path, Entry> byPath = new HashMap<>();
        Map<String, Entry> byName = new HashMap<>();
        Map<String, Integer> nameCount = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String path = cell(row, columns, "path");
            if (path == null) {
                throw new IllegalArgumentException("manifest row " + (r + 1) + " has no path");
            }
            Entry entry;
            Path p;
            try {
                entry = new Entry(cell(row, columns, "municipality"), cell(row, columns, "source_url"),
                        cell(row, columns, "published"));
                p = Path.of(path);
            } catch (IllegalArgumentException e) { // InvalidPathException too
                throw new IllegalArgumentException("manifest row " + (r + 1) + ": " + e.getMessage(), e);
            }
            byPath.putIfAbsent(base.resolve(p).normalize(), entry);
            byPath.putIfAbsent(cwd.resolve(p).normalize(), entry);
            if (p.getFileName() != null) {
                String name = p.getFileName().toString();
                byName.put(name, entry);
                nameCount.merge(name, 1, Integer::sum);
            }
        }
        byName.keySet().removeIf(name -> nameCount.get(name) > 1);
        return new Manifest(byPath, byName);
    }

    Optional<Entry> find(Path input) {
        Objects.requireNonNull(input, "input");
        Entry e = byPath.get(input.toAbsolutePath().normalize());
        if (e == null && input.getFileName() != null) {
            e = byUniqueName.get(input.getFileName().toString());
        }
        return Optional.ofNullable(e);
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= row.size()) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
