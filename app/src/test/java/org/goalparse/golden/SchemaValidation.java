package org.goalparse.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import org.goalparse.model.GoalJson;

/** Validates JSON against {@code GoalJson.schema()} (draft 2020-12), the schema {@code goalparse schema} prints. */
public final class SchemaValidation {
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(GoalJson.schema());

    private SchemaValidation() {
    }

    /** The schema's {@code $defs/errorRecord}: the record printed in a failed document's place. */
    private static final JsonSchema ERROR_RECORD = errorRecordSchema();

    private static JsonSchema errorRecordSchema() {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) GoalJson.mapper().readTree(GoalJson.schema());
            com.fasterxml.jackson.databind.node.ObjectNode ref = GoalJson.mapper().createObjectNode();
            ref.set("$schema", root.get("$schema"));
            ref.put("$ref", "#/$defs/errorRecord");
            ref.set("$defs", root.get("$defs"));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ref);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The violations of an error record, one readable line each; empty when it is valid. */
    public static List<String> errorRecordViolations(JsonNode json) {
        return ERROR_RECORD.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The violations, one readable line each; empty when the JSON is valid. */
    public static List<String> violations(JsonNode json) {
        Set<ValidationMessage> messages = SCHEMA.validate(json);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
