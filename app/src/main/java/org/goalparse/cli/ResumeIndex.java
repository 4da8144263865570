package org.goalparse.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.goalparse.model.GoalJson;
import org.goalparse.model.Part;

/**
 * {@code batch --resume}: an input is up to date when its output files are all there and each records, in
 * {@code source.sha256}, the SHA-256 of the input as it is now: the one file {@code <name>.json} of a file of one
 * department ({@code source.part} null), or for a file of several departments every part file
 * {@code <name>.<suffix>.json} of {@code source.part.count} and no other (see {@link PartFiles}). Anything else (no
 * output, an unreadable or half-understood output, a changed input, a part missing, a part or a whole-file output
 * left beside the other kind) means parse it again, which also removes what does not belong.
 */
final class ResumeIndex {
    private ResumeIndex() {
    }

    /** What an output file records of its input. */
    record Recorded(String sha256, Part part) {
    }

    static boolean upToDate(Path input, PartFiles.Folder folder, String name) {
        if (!Files.isRegularFile(input)) {
            return false;
        }
        List<String> files = folder.existing(name);
        if (files.isEmpty()) {
            return false;
        }
        try {
            String sha = sha256(input);
            for (String file : files) {
                Recorded r = recorded(folder.dir().resolve(file));
                if (r == null || !sha.equals(r.sha256()) || !file.equals(PartFiles.name(name, r.part()))) {
                    return false;
                }
                int count = r.part() == null ? 1 : r.part().count();
                if (count != files.size()) {
                    return false;
                }
            }
            return true; // distinct names, each its part's own, as many as the count: every part is there
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code source.sha256} and {@code source.part} of a document JSON file, reading only as far as them. */
    static Recorded recorded(Path output) throws IOException {
        try (JsonParser p = GoalJson.mapper().createParser(output.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("source".equals(field) && value == JsonToken.START_OBJECT) {
                    JsonNode source = p.readValueAsTree();
                    JsonNode sha = source.get("sha256");
                    if (sha == null || !sha.isTextual()) {
                        return null;
                    }
                    JsonNode part = source.get("part");
                    if (part == null || part.isNull()) {
                        return new Recorded(sha.asText(), null);
                    }
                    if (!part.path("index").isInt() || !part.path("count").isInt()) {
                        return null;
                    }
                    return new Recorded(sha.asText(),
                            new Part(part.get("index").asInt(), part.get("count").asInt(), null, null, null));
                }
                p.skipChildren();
            }
            return null;
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
