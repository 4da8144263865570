package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a walked folder gives. */
class InputWalkerTest {
    @Test
    void linksAreFollowedDanglingLinksKeptAndLoopsSkipped(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("goals"));
        Path outside = Files.writeString(tmp.resolve("elsewhere.txt"), "総務部の目標", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt"), "企画部の目標", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("b.txt"), outside);
        Files.createSymbolicLink(dir.resolve("c.pdf"), tmp.resolve("gone.pdf"));
        Files.createSymbolicLink(dir.resolve("loop"), dir);

        List<String> names = InputWalker.walk(List.of(dir.toString()), () -> null).stream()
                .map(i -> Path.of(i.name()).getFileName().toString()).toList();
        // b.txt: a link to a document is read; c.pdf: a dangling link fails later with its reason, never vanishes;
        // loop: a link back up the tree lists nothing twice
        assertEquals(List.of("a.txt", "b.txt", "c.pdf"), names);
    }

    @Test
    void aDocumentOnStdinIsNoListOfPaths() {
        org.junit.jupiter.api.Assertions.assertTrue(InputWalker.isDocument("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        org.junit.jupiter.api.Assertions.assertTrue(InputWalker.isDocument(new byte[] {'P', 'K', 3, 4, 0}));
        org.junit.jupiter.api.Assertions.assertFalse(InputWalker.isDocument(
                "samples/a.pdf\nsamples/b.txt\n".getBytes(StandardCharsets.UTF_8)));
    }
}
