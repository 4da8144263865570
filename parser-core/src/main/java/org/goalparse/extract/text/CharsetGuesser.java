package org.goalparse.extract.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finds the charset of a text file by decoding strictly: a byte-order mark decides; otherwise UTF-8 when
 * it decodes, else whichever of Shift_JIS (windows-31j) and EUC-JP decodes to the more plausible Japanese.
 * Bytes that decode under none of them, or decode to control characters, are not text.
 */
public final class CharsetGuesser {
    /** windows-31j is Microsoft's Shift_JIS (CP932), which Japanese municipal files are really written in. */
    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    public static final Charset EUC_JP = Charset.forName("EUC-JP");

    /** A decoded text and the charset it was decoded with; {@code text} has no byte-order mark. */
    public record Decoded(String text, Charset charset) {
    }

    private CharsetGuesser() {
    }

    /** The text, or empty when the bytes do not look like text in any supported charset. */
    public static Optional<Decoded> decode(byte[] bytes) {
        Optional<Decoded> bom = decodeWithBom(bytes);
        if (bom.isPresent()) {
            return bom.filter(d -> looksLikeText(d.text()));
        }
        Decoded best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Charset cs : List.of(StandardCharsets.UTF_8, SHIFT_JIS, EUC_JP)) {
            String text = strict(bytes, 0, cs);
            if (text == null || !looksLikeText(text)) {
                continue;
            }
            if (cs.equals(StandardCharsets.UTF_8)) {
                return Optional.of(new Decoded(text, cs)); // valid UTF-8 of any length is almost never an accident
            }
            int score = japaneseScore(text);
            if (score > bestScore) {
                bestScore = score;
                best = new Decoded(text, cs);
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Decoded> decodeWithBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.ofNullable(strict(b, 3, StandardCharsets.UTF_8)).map(t -> new Decoded(t, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.ofNullable(strict(b, 2, StandardCharsets.UTF_16BE)).map(t -> new Decoded(t, StandardCharsets.UTF_16BE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.ofNullable(strict(b, 2, StandardCharsets.UTF_16LE)).map(t -> new Decoded(t, StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    /** The bytes from {@code offset} decoded with errors reported, or null when they are not valid in {@code cs}. */
    static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            CharBuffer out = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text has (almost) no control characters other than line and tab ones, and no private-use characters. */
    static boolean looksLikeText(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                    || (c >= 0x7F && c < 0xA0 && c != 0x85);
            if (control || (c >= 0xE000 && c <= 0xF8FF)) {
                bad++;
            }
        }
        return bad * 200L <= text.length();
    }

    /**
     * How much a decoding reads like Japanese: kana, common kanji, ideographic punctuation and ASCII score;
     * half-width katakana, rare symbols and unusual kanji blocks (the typical signs of a wrong guess) cost.
     */
    static int japaneseScore(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3000 && c <= 0x303F)) {
                score += 2; // hiragana, katakana, ideographic punctuation
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                score += 1;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                score += 1; // full-width ASCII
            } else if (c >= 0xFF61 && c <= 0xFF9F) {
                score -= 3; // half-width katakana: EUC-JP bytes read as Shift_JIS look like this
            } else if (c < 0x80) {
                score += 0;
            } else {
                score -= 1;
            }
        }
        return score;
    }
}
