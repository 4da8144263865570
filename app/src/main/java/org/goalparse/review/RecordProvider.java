package org.goalparse.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.source.Source;

/**
 * Where {@code goalparse review} gets the records of a document, as the JSON {@code goalparse parse} prints
 * (one per department part), with their {@code provenance} map. The one place that asks the parser for it: the
 * default parses with the parser the command configured; tests give records with provenance of their own.
 */
@FunctionalInterface
public interface RecordProvider {
    List<JsonNode> records(GoalParser parser, Source source) throws GoalParseException;

    /** The parser's records, as JSON trees equal to what {@code goalparse parse} prints. */
    static RecordProvider parsing() {
        return (parser, source) -> {
            List<JsonNode> records = new ArrayList<>();
            for (GoalDocument doc : parser.withProvenance(true).parseAll(source)) {
                records.add(GoalJson.mapper().valueToTree(doc));
            }
            return records;
        };
    }
}
