package org.goalparse.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON for the contract: fields in record order, every field present (nulls kept), Japanese not
 * escaped, numbers plain (40070, not 4.007E+4). {@link #schema()} is the JSON Schema of the document.
 */
public final class GoalJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private GoalJson() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty-printed JSON of a document. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One-line JSON (for JSON Lines). */
    public static String compact(Object value) {
        try {
            return MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Schema of {@link GoalDocument}, as shipped in the jar. */
    public static String schema() {
        try (InputStream in = GoalJson.class.getResourceAsStream("goalparse.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("goalparse.schema.json missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
