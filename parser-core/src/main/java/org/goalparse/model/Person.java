package org.goalparse.model;

import java.util.Objects;

/** A named person (a division's head) with the kana reading where the document prints one. */
public record Person(String name, String reading) {
    public Person {
        Objects.requireNonNull(name, "name");
    }
}
