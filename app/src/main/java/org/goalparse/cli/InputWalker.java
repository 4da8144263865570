package org.goalparse.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the PATH arguments of {@code batch} and {@code check} into the list of documents, in a stable order:
 * arguments in the order given; a folder is walked recursively and its documents taken in sorted path order; {@code -}
 * reads more paths from stdin, one per line. A file named explicitly is always taken; inside a folder only files
 * whose extension is a document type ({@link #EXTENSIONS}) and that are not hidden. A path that does not exist or
 * cannot be listed is still an input: it fails when read, so it is counted and reported, never silently lost.
 * A file reached twice is taken once.
 */
final class InputWalker {
    static final String STDIN = "-";
    static final Set<String> EXTENSIONS = Set.of("pdf", "txt", "text", "htm", "html", "xhtml", "docx", "doc",
            "xlsx", "xls");

    private InputWalker() {
    }

    static List<Input> walk(List<String> args, Supplier<InputStream> stdin) throws IOException {
        Map<Path, String> found = new LinkedHashMap<>();
        for (String arg : args) {
            if (STDIN.equals(arg)) {
                for (String line : lines(stdin.get())) {
                    add(line, found);
                }
            } else {
                add(arg, found);
            }
        }
        List<Input> inputs = new ArrayList<>(found.size());
        for (Map.Entry<Path, String> e : found.entrySet()) {
            inputs.add(new Input(inputs.size(), e.getValue(), e.getKey()));
        }
        return inputs;
    }

    /** What a document (not a list of paths) begins with: a PDF, a zip (DOCX, XLSX), an OLE file (DOC, XLS). */
    private static final List<byte[]> DOCUMENT_SIGNATURES = List.of("%PDF".getBytes(StandardCharsets.US_ASCII),
            new byte[] {'P', 'K', 3, 4}, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

    private static List<String> lines(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (isDocument(bytes)) {
            throw new IllegalArgumentException("- reads paths from stdin, one per line, but stdin holds a document: "
                    + "to parse one document from stdin use 'goalparse parse -'");
        }
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String path = line.strip();
            if (!path.isEmpty()) {
                lines.add(path.startsWith("\uFEFF") ? path.substring(1) : path);
            }
        }
        return lines;
    }

    /** A document's signature at the start, or a NUL byte (binary): no list of paths looks so. */
    static boolean isDocument(byte[] bytes) {
        for (byte[] sig : DOCUMENT_SIGNATURES) {
            if (bytes.length >= sig.length && java.util.Arrays.equals(bytes, 0, sig.length, sig, 0, sig.length)) {
                return true;
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static void add(String arg, Map<Path, String> found) throws IOException {
        Path path = pathOf(arg);
        if (!Files.isDirectory(path)) {
            found.putIfAbsent(key(path), arg);
            return;
        }
        List<Path> files = new ArrayList<>();
        // links are followed (a folder of links to the published files is common); a loop is detected and skipped
        Files.walkFileTree(path, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // a dangling link comes with its own attributes: a document it names fails later ("no such file")
                if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && !hidden(file) && document(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (e instanceof java.nio.file.FileSystemLoopException) {
                    return FileVisitResult.CONTINUE; // a link back up the tree: its files are listed already
                }
                files.add(file); // an unlistable folder or unreadable file: it fails later, with its reason
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> a.toString().compareTo(b.toString()));
        for (Path file : files) {
            found.putIfAbsent(key(file), file.toString());
        }
    }

    private static Path pathOf(String arg) {
        try {
            return Path.of(arg);
        } catch (InvalidPathException e) {
            // Not a path at all (a NUL byte): an input still, named as given, that fails as a missing file.
            return Path.of("invalid-path-" + Integer.toHexString(arg.hashCode()));
        }
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static boolean document(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
