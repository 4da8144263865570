package org.goalparse.ja;

import java.util.Optional;

/** The modern Japanese eras, with the Gregorian year their first year falls in and their one-letter abbreviation. */
public enum Era {
    MEIJI("明治", 'M', 1868),
    TAISHO("大正", 'T', 1912),
    SHOWA("昭和", 'S', 1926),
    HEISEI("平成", 'H', 1989),
    REIWA("令和", 'R', 2019);

    private final String kanji;
    private final char letter;
    private final int firstYear;

    Era(String kanji, char letter, int firstYear) {
        this.kanji = kanji;
        this.letter = letter;
        this.firstYear = firstYear;
    }

    public String kanji() {
        return kanji;
    }

    public char letter() {
        return letter;
    }

    /** Gregorian year of {@code eraYear} of this era (元年 is 1). */
    public int gregorian(int eraYear) {
        return firstYear + eraYear - 1;
    }

    public static Optional<Era> ofKanji(String kanji) {
        for (Era e : values()) {
            if (e.kanji.equals(kanji)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public static Optional<Era> ofLetter(char letter) {
        char up = Character.toUpperCase(letter);
        for (Era e : values()) {
            if (e.letter == up) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
