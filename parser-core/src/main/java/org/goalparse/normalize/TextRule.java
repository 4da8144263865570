package org.goalparse.normalize;

/** One cleaning step on the text of a single line; an empty result means the line is dropped. */
@FunctionalInterface
public interface TextRule {
    String apply(String text);
}
