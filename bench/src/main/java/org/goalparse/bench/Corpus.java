package org.goalparse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated corpus: a directory of documents and its manifest ({@code corpus.tsv}, whose first line
 * records the generator's parameters so that a run with the same parameters reuses the files).
 */
public record Corpus(Path dir, String parameters, List<CorpusDoc> docs) {
    static final String MANIFEST = "corpus.tsv";

    public Corpus {
        docs = List.copyOf(docs);
    }

    public List<CorpusDoc> pdfs() {
        return docs.stream().filter(CorpusDoc::pdf).toList();
    }

    public List<CorpusDoc> texts() {
        return docs.stream().filter(d -> !d.pdf()).toList();
    }

    public int pages() {
        return pdfs().stream().mapToInt(CorpusDoc::pages).sum();
    }

    public long bytes(boolean pdf) {
        return docs.stream().filter(d -> d.pdf() == pdf).mapToLong(CorpusDoc::bytes).sum();
    }

    void writeManifest() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + parameters);
        docs.forEach(d -> lines.add(d.manifestLine()));
        Files.write(dir.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
    }

    /** The corpus in {@code dir}, whatever its parameters. */
    static Corpus read(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException("empty manifest in " + dir);
        }
        return readIfMatches(dir, lines.get(0).substring(2));
    }

    /** The corpus in {@code dir} if its manifest was written with {@code parameters} and every file is there. */
    static Corpus readIfMatches(Path dir, String parameters) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("# " + parameters)) {
            return null;
        }
        List<CorpusDoc> docs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            CorpusDoc d = CorpusDoc.parse(dir, line);
            if (!Files.isRegularFile(d.path()) || Files.size(d.path()) != d.bytes()) {
                return null;
            }
            docs.add(d);
        }
        return new Corpus(dir, parameters, docs);
    }
}
