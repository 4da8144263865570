package org.goalparse.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The style sheet and script every review page carries inline (resources beside this class), and the kinds' colours. */
final class Assets {
    private static final String CSS = read("review.css") + kinds();
    private static final String SCRIPT = read("review.js");

    private Assets() {
    }

    static String css() {
        return CSS;
    }

    static String script() {
        return SCRIPT;
    }

    private static String kinds() {
        StringBuilder b = new StringBuilder();
        for (Kind k : Kind.values()) {
            b.append('.').append(k.css()).append(" { --kind: ").append(k.colour()).append("; }\n");
        }
        return b.toString();
    }

    private static String read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
