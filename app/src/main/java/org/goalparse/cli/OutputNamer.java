package org.goalparse.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The output file name of each document: {@code <file name>.json} ({@code iruma-2022.pdf.json}, the same name a
 * golden file has, so a batch output folder can serve as {@code check --golden}). When two inputs share a file
 * name (compared ignoring case, for case-insensitive file systems), the first in input order keeps the plain name
 * and each later one gets {@code <file name>.<8 hex digits>.json}, the digits taken from the SHA-256 of its
 * absolute path: stable from run to run, whatever else is in the batch.
 */
final class OutputNamer {
    static final String SUFFIX = ".json";

    private OutputNamer() {
    }

    static List<String> names(List<Input> inputs) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            String plain = fileName(input) + SUFFIX;
            String name = plain;
            if (!taken.add(fold(name))) {
                String hash = hash(input.path().toAbsolutePath().normalize().toString());
                name = fileName(input) + "." + hash + SUFFIX;
                for (int i = 2; !taken.add(fold(name)); i++) {
                    name = fileName(input) + "." + hash + "-" + i + SUFFIX;
                }
            }
            names.add(name);
        }
        return names;
    }

    private static String fileName(Input input) {
        return input.path().getFileName() == null ? "document" : input.path().getFileName().toString();
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
