package org.goalparse.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV goalparse writes and reads, on Apache Commons CSV: RFC 4180 ({@link #WRITE}: a field holding a comma, a
 * double quote, CR or LF is quoted with its quotes doubled, records end with CRLF, a null field is empty), UTF-8
 * with a byte order mark written first so that Excel reads it as UTF-8. {@link #parse} reads the same, with CRLF or
 * LF record ends, a leading byte order mark ignored and blank lines skipped.
 */
final class Csv {
    static final String BOM = "\uFEFF";
    static final CSVFormat WRITE = CSVFormat.RFC4180;
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private Csv() {
    }

    /**
     * The records of a CSV text.
     *
     * @throws IllegalArgumentException when it is not CSV (a quoted field not closed, text after a closing quote)
     */
    static List<List<String>> parse(String text) {
        String s = text.startsWith(BOM) ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(s, READ)) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("not valid CSV: " + e.getMessage(), e);
        }
        return rows;
    }
}
