package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.goalparse.golden.RepoRoot;
import org.goalparse.model.GoalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --format csv} read back with Commons CSV, against the JSON Lines of the same inputs: every goal of
 * every record has a row, the join keys lead to the JSON, no row repeats, and awkward fields round-trip.
 */
class CsvExportTest {
    /** The columns of before the join keys, in their order: users' scripts read them by position. */
    static final List<String> FIRST_COLUMNS = List.of("document", "city", "department", "year", "division", "goal",
            "title", "kind", "metric", "value", "unit", "comparator", "text", "part", "asOf", "quantityYear",
            "sourcePart", "sourcePartCount");
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    Path dir;

    @Test
    void everyGoalHasARowTheKeysLeadToTheJsonAndNoRowRepeats() throws Exception {
        // Hiratsuka: five goals with no numbers in them (no rows before); Iruma 2025: 全3回 twice in one report;
        // Isehara: KPI indicators with 事業番号
        List<String> inputs = List.of(RepoRoot.sample("hiratsuka-2016-shiminbu.txt").toString(),
                RepoRoot.sample("iruma-2025-shiminseikatsubu.txt").toString(),
                RepoRoot.sample("isehara-2021-shiminseikatsubu.txt").toString());
        List<JsonNode> records = new ArrayList<>();
        CliRun jsonl = CliRun.run(args("batch", inputs));
        for (String line : jsonl.out().lines().toList()) {
            records.add(GoalJson.mapper().readTree(line));
        }
        CliRun csv = CliRun.run(args("batch --format csv", inputs));
        assertEquals(ExitCode.OK.code(), csv.exit(), csv::toString);
        assertTrue(csv.out().startsWith(Csv.BOM), "a byte order mark for Excel");

        List<CSVRecord> rows;
        List<String> header;
        try (CSVParser p = CSVParser.parse(new StringReader(csv.out().substring(1)), READ)) {
            header = p.getHeaderNames();
            rows = p.getRecords();
        }
        assertEquals(CsvExporter.HEADER, header);
        assertEquals(FIRST_COLUMNS, header.subList(0, FIRST_COLUMNS.size()));
        assertEquals(List.of("documentId", "sequence", "goalId", "projectId", "indicatorId", "quantityIndex",
                "unitNormalized"), header.subList(FIRST_COLUMNS.size(), header.size()));

        int expected = 0;
        Set<String> goalsInJson = new HashSet<>();
        Map<String, String> pathOf = new HashMap<>();
        for (JsonNode r : records) {
            String id = r.get("source").get("id").asText();
            pathOf.put(id, r.get("source").get("path").asText());
            for (JsonNode g : r.get("goals")) {
                goalsInJson.add(id + " " + g.get("id").asText());
                int quantities = g.get("targets").size()
                        + (g.get("achievement").isNull() ? 0 : g.get("achievement").get("results").size());
                expected += Math.max(1, quantities);
            }
            for (JsonNode p : r.get("projects")) {
                expected += p.get("results").size();
            }
            for (JsonNode i : r.get("indicators")) {
                expected += (i.get("baseline").isNull() ? 0 : 1) + i.get("targets").size();
            }
        }
        assertEquals(expected, rows.size(), "one row per quantity, one per goal without any, none dropped");

        Set<String> goalsInCsv = new HashSet<>();
        Set<List<String>> distinct = new HashSet<>();
        Map<String, Integer> lastSequence = new HashMap<>();
        for (CSVRecord row : rows) {
            String id = row.get("documentId");
            assertEquals(pathOf.get(id), row.get("document"), "document is source.path of the record documentId names");
            if (!row.get("goalId").isEmpty()) {
                goalsInCsv.add(id + " " + row.get("goalId"));
            }
            int sequence = Integer.parseInt(row.get("sequence"));
            assertEquals(lastSequence.getOrDefault(id, 0) + 1, sequence, "sequence counts the rows of a record");
            lastSequence.put(id, sequence);
            List<String> withoutSequence = new ArrayList<>(row.toList());
            withoutSequence.remove(header.indexOf("sequence"));
            assertTrue(distinct.add(withoutSequence), () -> "a repeated row: " + row);
        }
        assertEquals(goalsInJson, goalsInCsv, "every goal of every record is in the table");

        List<CSVRecord> hiratsukaGoals = rows.stream()
                .filter(r -> r.get("document").endsWith("hiratsuka-2016-shiminbu.txt") && r.get("part").equals("goal"))
                .toList();
        assertEquals(List.of("g1", "g2", "g3", "g4", "g5"), hiratsukaGoals.stream().map(r -> r.get("goalId")).toList());
        JsonNode hiratsuka = records.get(0);
        for (CSVRecord r : hiratsukaGoals) {
            assertEquals("goal", r.get("kind"), "a goal with no quantity: one row of kind goal");
            int g = Integer.parseInt(r.get("goalId").substring(1)) - 1;
            assertEquals(hiratsuka.get("goals").get(g).get("text").asText(), r.get("text"));
            assertEquals(List.of("", "", "", "", ""), List.of(r.get("metric"), r.get("value"), r.get("unit"),
                    r.get("quantityIndex"), r.get("unitNormalized")));
        }

        // the same text twice in one report is two facts (two seminars of three sessions): kept, told apart by
        // their place in the JSON list, which quantityIndex points at
        JsonNode results = records.get(1).get("goals").get(3).get("achievement").get("results");
        List<CSVRecord> threeSessions = rows.stream().filter(r -> r.get("document").contains("iruma-2025")
                && r.get("goalId").equals("g4") && r.get("text").equals("全3回")).toList();
        assertEquals(2, threeSessions.size());
        for (CSVRecord r : threeSessions) {
            assertEquals("全3回", results.get(Integer.parseInt(r.get("quantityIndex")) - 1).get("text").asText());
        }

        assertTrue(rows.stream().anyMatch(r -> r.get("unit").equals("名") && r.get("unitNormalized").equals("人")));
        assertTrue(rows.stream().allMatch(r -> r.get("unit").isEmpty() == r.get("unitNormalized").isEmpty()));
        CSVRecord kpi = rows.stream().filter(r -> r.get("part").equals("indicator")).findFirst().orElseThrow();
        JsonNode indicator = records.get(2).get("indicators").get(0);
        assertEquals(indicator.get("id").asText(), kpi.get("indicatorId"), "the indicator's 事業番号");
        assertTrue(rows.stream().filter(r -> r.get("part").equals("project"))
                .allMatch(r -> r.get("projectId").matches("p\\d+") && r.get("goalId").isEmpty()));
    }

    @Test
    void aFieldWithACommaAQuoteAndALineBreakRoundTrips() throws Exception {
        Path odd = dir.resolve("部の目標, \"改訂版\"\n2016.txt");
        Files.copy(RepoRoot.sample("hiratsuka-2016-shiminbu.txt"), odd);

        CliRun csv = CliRun.run("batch", "--format", "csv", odd.toString());

        assertEquals(ExitCode.OK.code(), csv.exit(), csv::toString);
        try (CSVParser p = CSVParser.parse(new StringReader(csv.out().substring(1)), READ)) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(Set.of(odd.toString()), rows.stream().map(r -> r.get("document"))
                    .collect(java.util.stream.Collectors.toSet()));
            assertEquals(CsvExporter.HEADER.size(), rows.get(0).size());
        }
        assertTrue(csv.out().contains("\"" + odd.toString().replace("\"", "\"\"") + "\""), "quoted, quotes doubled");
    }

    private static String[] args(String command, List<String> inputs) {
        List<String> all = new ArrayList<>(List.of(command.split(" ")));
        all.addAll(inputs);
        return all.toArray(String[]::new);
    }
}
