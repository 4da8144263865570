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

    private static List<String> lines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String path = line.strip();
            if (!path.isEmpty()) {
                lines.add(path.startsWith("\uFEFF") ? path.substring(1) : path);
            }
        }
        return lines;
    }

    private static void add(String arg, Map<Path, String> found) throws IOException {
        Path path = pathOf(arg);
        if (!Files.isDirectory(path)) {
            found.putIfAbsent(key(path), arg);
            return;
        }
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file) && document(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
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
