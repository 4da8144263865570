package org.goalparse.normalize;

/** Character classes the space rules need. */
final class CharKind {
    private static final String OPENING = "(「『【〔［[{〈《“‘";
    private static final String CLOSING = ")」』】〕］]}〉》”’";
    private static final String MARKERS = "○◯●◎■□◆◇▲△▼▽★☆※◇➢➤▶▷◉";
    /** Kana that never begin a word: small kana, the long vowel mark, ん/ン and iteration marks. */
    private static final String NON_INITIAL = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶーんンゝゞヽヾ々";

    private CharKind() {
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '々' || c == '〆' || c == 'ヶ';
    }

    static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309F';
    }

    static boolean isKatakana(char c) {
        return (c >= '\u30A1' && c <= '\u30FA') || c == 'ー' || (c >= '\u31F0' && c <= '\u31FF');
    }

    static boolean isKana(char c) {
        return isHiragana(c) || isKatakana(c);
    }

    /** Han, kana: the letters of Japanese words. */
    static boolean isJapanese(char c) {
        return isHan(c) || isKana(c);
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isOpening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    static boolean isClosing(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    static boolean isNonInitialKana(char c) {
        return NON_INITIAL.indexOf(c) >= 0;
    }

    /** Circled numbers and letters (kept as such by {@link UnicodeFolding}) and the bullet symbols of the genre. */
    static boolean isMarkerSymbol(char c) {
        return UnicodeFolding.isProtected(c) || MARKERS.indexOf(c) >= 0 || (c >= '\u2776' && c <= '\u2793');
    }

    static boolean allMatch(String s, java.util.function.IntPredicate p) {
        return !s.isEmpty() && s.chars().allMatch(p);
    }
}
