package org.goalparse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.goalparse.golden.RepoRoot;

/** A file of several departments, made in a test the way a city makes its compilation: sample PDFs joined. */
final class JoinedPdf {
    /** 入間市 市民生活部 (pages 1-2), then 豊中市 市民協働部 (pages 3-12). */
    static final List<String> TWO = List.of("iruma-2022-shiminseikatsubu.pdf", "toyonaka-2022-shiminkyodobu.pdf");
    /** 平塚市 市民部, 入間市 市民生活部, 伊勢原市 市民生活部, two pages each. */
    static final List<String> THREE = List.of("hiratsuka-2016-shiminbu.pdf", "iruma-2022-shiminseikatsubu.pdf",
            "isehara-2021-shiminseikatsubu.pdf");

    private JoinedPdf() {
    }

    /** Joins the sample PDFs named into {@code target} (its folder created) and returns it. */
    static Path join(Path target, List<String> samples) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        PDFMergerUtility merger = new PDFMergerUtility();
        for (String sample : samples) {
            merger.addSource(RepoRoot.sample(sample).toFile());
        }
        merger.setDestinationFileName(target.toString());
        merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        return target;
    }
}
