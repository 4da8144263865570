package org.goalparse.model;

/** The department's head: title (部長), name as printed ("関谷 佳代子"), kana reading where printed. */
public record Head(String title, String name, String reading) {
    public Head {
        if (name == null && title == null) {
            throw new IllegalArgumentException("a head needs a title or a name");
        }
    }
}
