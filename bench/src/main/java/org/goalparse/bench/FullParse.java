package org.goalparse.bench;

import org.goalparse.GoalParseException;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalJson;
import org.goalparse.source.Source;

/**
 * goalparse's full parse as the command does it: {@link GoalParser#parse} from the path (read, hash, every
 * stage) and the compact JSON line of the result. One shared parser for every thread.
 */
final class FullParse {
    private final GoalParser parser;

    FullParse(GoalParser parser) {
        this.parser = parser;
    }

    /** The JSON's length, or -1 when the document fails (counted, not thrown: the command goes on too). */
    long parse(CorpusDoc d) {
        try {
            return GoalJson.compact(parser.parse(Source.of(d.path()))).length();
        } catch (GoalParseException e) {
            return -1;
        }
    }
}
