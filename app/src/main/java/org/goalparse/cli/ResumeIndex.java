package org.goalparse.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.goalparse.model.GoalJson;

/**
 * {@code batch --resume}: a document is up to date when its output file exists and records, in
 * {@code source.sha256}, the SHA-256 of the input as it is now. Anything else (no output, an unreadable or
 * half-understood output, a changed input) means parse it again.
 */
final class ResumeIndex {
    private ResumeIndex() {
    }

    static boolean upToDate(Path input, Path output) {
        if (!Files.isRegularFile(output) || !Files.isRegularFile(input)) {
            return false;
        }
        try {
            String recorded = recordedSha256(output);
            return recorded != null && recorded.equals(sha256(input));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code source.sha256} of a document JSON file, reading only as far as it. */
    static String recordedSha256(Path output) throws IOException {
        try (JsonParser p = GoalJson.mapper().getFactory().createParser(output.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("source".equals(field) && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = p.currentName();
                        p.nextToken();
                        if ("sha256".equals(inner)) {
                            return p.getValueAsString();
                        }
                        p.skipChildren();
                    }
                    return null;
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
