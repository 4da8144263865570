package org.goalparse.bench;

import org.goalparse.GoalParseException;
import org.goalparse.GoalParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.source.Source;

/**
 * goalparse's full parse as the command does it: {@link GoalParser#parseAll} from the path (read, hash, every
 * stage, a file of several departments split into its departments) and the compact JSON line of each record. One shared parser for every thread.
 */
final class FullParse {
    private final GoalParser parser;

    FullParse(GoalParser parser) {
        this.parser = parser;
    }

    /**
     * The JSON's length (one line per record: a file of several departments gives several), or -1 when the
     * document fails (counted, not thrown: the command goes on too).
     */
    long parse(CorpusDoc d) {
        try {
            long length = 0;
            for (GoalDocument doc : parser.parseAll(Source.of(d.path()))) {
                length += GoalJson.compact(doc).length() + 1;
            }
            return length;
        } catch (GoalParseException e) {
            return -1;
        }
    }
}
