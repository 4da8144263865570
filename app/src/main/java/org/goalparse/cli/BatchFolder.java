package org.goalparse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.goalparse.model.GoalJson;

/**
 * The records of a batch's output folder ({@code batch -o DIR}): every {@code *.json} (one record, pretty) and
 * every line of every {@code *.jsonl} ({@code errors.jsonl}'s error records, {@code batch.jsonl}'s records), in
 * file-name order, each record once (by {@code source.id} and {@code source.path}). A file that is not JSON is
 * skipped and said in {@code problems}.
 */
record BatchFolder(List<JsonNode> records, List<String> problems) {
    BatchFolder {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    static BatchFolder read(Path dir) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> !AtomicWriter.isTemp(p.getFileName().toString()))
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"))
                    .sorted().toList();
        }
        for (Path f : files) {
            try {
                if (f.toString().endsWith(".jsonl")) {
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        if (!line.isBlank()) {
                            add(GoalJson.mapper().readTree(line), records, seen);
                        }
                    }
                } else {
                    add(GoalJson.mapper().readTree(f.toFile()), records, seen);
                }
            } catch (IOException e) {
                problems.add(f + ": not a record (" + e.getClass().getSimpleName() + "), skipped");
            }
        }
        return new BatchFolder(records, problems);
    }

    private static void add(JsonNode node, List<JsonNode> records, java.util.Set<String> seen) throws IOException {
        if (node == null || !node.isObject() || !node.path("source").isObject()) {
            throw new IOException("no source");
        }
        // the same record twice (a folder holding both the .json files and a batch.jsonl) is one
        if (seen.add(key(node))) {
            records.add(node);
        }
    }

    private static String key(JsonNode record) {
        return record.path("source").path("id").asText("") + "\u0000" + path(record) + "\u0000" + isError(record);
    }

    static boolean isError(JsonNode record) {
        return record.path("error").isObject();
    }

    static String sha256(JsonNode record) {
        JsonNode s = record.path("source").path("sha256");
        return s.isTextual() ? s.asText() : null;
    }

    static String path(JsonNode record) {
        JsonNode s = record.path("source").path("path");
        return s.isTextual() ? s.asText() : null;
    }

    /** The records of the input with these bytes ({@code sha256}, null when unread) or, failing that, this path. */
    Match match(String sha256, String path, Path file) {
        List<JsonNode> bySha = sha256 == null ? List.of()
                : records.stream().filter(r -> sha256.equals(sha256(r))).toList();
        if (!bySha.isEmpty()) {
            // copies of the same bytes under several paths: the records of this path, else of the first path
            List<JsonNode> same = bySha.stream().filter(r -> samePath(path(r), path, file)).toList();
            String first = path(bySha.get(0));
            return new Match(same.isEmpty() ? bySha.stream().filter(r -> Objects.equals(path(r), first)).toList()
                    : same, false);
        }
        List<JsonNode> byPath = records.stream().filter(r -> samePath(path(r), path, file)).toList();
        return new Match(byPath, !byPath.isEmpty() && sha256 != null
                && byPath.stream().anyMatch(r -> !isError(r) && sha256(r) != null));
    }

    /** The records found, and whether they were found by path only, for bytes that have changed since. */
    record Match(List<JsonNode> records, boolean changed) {
    }

    private static boolean samePath(String recorded, String given, Path file) {
        if (recorded == null) {
            return false;
        }
        if (recorded.equals(given)) {
            return true;
        }
        try {
            return Path.of(recorded).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
