package org.goalparse.interpret;

import java.util.List;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Section;
import org.goalparse.model.SourceInfo;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;

/** PLACEHOLDER: the default interpreter. */
public final class DocumentInterpreter implements Interpreter {
    @Override
    public GoalDocument interpret(Outline outline, SourceInfo source, String municipality) {
        List<Section> sections = outline.nodes().stream().map(n -> new Section(null, 0, n.text())).toList();
        return new GoalDocument(GoalDocument.SCHEMA_VERSION, source, municipality, null, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), sections, outline.warnings());
    }
}
