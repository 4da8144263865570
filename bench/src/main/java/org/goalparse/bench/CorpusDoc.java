package org.goalparse.bench;

import java.nio.file.Path;
import java.util.Objects;

/** One generated document: its file, whether it is a PDF, its pages (PDF) and its size in bytes. */
public record CorpusDoc(Path path, boolean pdf, int pages, long bytes) {
    public CorpusDoc {
        Objects.requireNonNull(path, "path");
        if (pages < (pdf ? 1 : 0) || bytes < 1) {
            throw new IllegalArgumentException("bad corpus entry " + path + ": pages " + pages + ", bytes " + bytes);
        }
    }

    /** The line in the manifest: {@code file<TAB>pdf|text<TAB>pages<TAB>bytes}. */
    String manifestLine() {
        return path.getFileName() + "\t" + (pdf ? "pdf" : "text") + "\t" + pages + "\t" + bytes;
    }

    static CorpusDoc parse(Path dir, String line) {
        String[] f = line.split("\t");
        if (f.length != 4) {
            throw new IllegalArgumentException("bad manifest line: " + line);
        }
        return new CorpusDoc(dir.resolve(f[0]), f[1].equals("pdf"), Integer.parseInt(f[2]), Long.parseLong(f[3]));
    }
}
