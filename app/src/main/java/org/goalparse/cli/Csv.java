package org.goalparse.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: {@link #row} quotes a field holding a comma, a double quote, CR or LF (doubling its quotes) and
 * ends the record with CRLF; {@link #parse} reads quoted fields with commas, doubled quotes and line breaks inside,
 * CRLF or LF record ends, and ignores a UTF-8 byte order mark.
 */
final class Csv {
    static final String BOM = "\uFEFF";
    static final String EOL = "\r\n";

    private Csv() {
    }

    /** One record, CRLF-terminated; a null field is empty. */
    static String row(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        return sb.append(EOL).toString();
    }

    static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** The records of a CSV text; blank lines are skipped. */
    static List<List<String>> parse(String text) {
        String s = text.startsWith(BOM) ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field, wasQuoted);
                row = new ArrayList<>();
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        endRow(rows, row, field, wasQuoted);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean wasQuoted) {
        row.add(field.toString());
        field.setLength(0);
        boolean blank = row.size() == 1 && row.get(0).isEmpty() && !wasQuoted;
        if (!blank) {
            rows.add(row);
        }
    }
}
