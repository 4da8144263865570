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

    /** The violations, one readable line each; empty when the JSON is valid. */
    public static List<String> violations(JsonNode json) {
        Set<ValidationMessage> messages = SCHEMA.validate(json);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
