package org.goalparse.extract.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finds the charset of a text file by decoding strictly: a byte-order mark decides; otherwise UTF-8 when
 * it decodes, else whichever of Shift_JIS (windows-31j) and EUC-JP decodes to the more plausible Japanese.
 * Bytes that decode under none of them, or decode to control characters, are not text.
 * <p>A text damaged in a few places (a byte flipped, the file cut in the middle of a character) decodes strictly
 * under none of them; it is then decoded leniently, each invalid byte sequence read as U+FFFD, under the charset
 * with the fewest such sequences, provided they are rare ({@link #MAX_DAMAGE_SHARE}) and the rest looks like text.
 * The damage is reported ({@link Decoded#damage()}) so that the document carries a warning. Binary files stay
 * refused: their bytes are invalid everywhere or decode to control characters.
 */
public final class CharsetGuesser {
    /** windows-31j is Microsoft's Shift_JIS (CP932), which Japanese municipal files are really written in. */
    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    public static final Charset EUC_JP = Charset.forName("EUC-JP");

    /** At most one invalid byte sequence per this many decoded characters for a damaged text to be read. */
    static final int MAX_DAMAGE_SHARE = 40;

    /**
     * A decoded text and the charset it was decoded with; {@code text} has no byte-order mark. {@code damage} is
     * null for a clean decoding.
     */
    public record Decoded(String text, Charset charset, Damage damage) {
        public Decoded(String text, Charset charset) {
            this(text, charset, null);
        }
    }

    /** Invalid byte sequences read as U+FFFD: how many, and the byte offset of the first. */
    public record Damage(int sequences, long firstOffset) {
        /** The warning the document carries. */
        public String warning(Charset charset) {
            return sequences + (sequences == 1 ? " byte sequence" : " byte sequences") + " not valid "
                    + charset.name() + " (the first at byte " + firstOffset + ") read as U+FFFD \uFFFD;"
                    + " the file is damaged or cut short there";
        }
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
        return best != null ? Optional.of(best) : damaged(bytes);
    }

    /**
     * Bytes no charset decodes strictly: the lenient decoding with the fewest invalid sequences, when they are
     * rare and the rest looks like text (ties: the more plausible Japanese).
     */
    private static Optional<Decoded> damaged(byte[] bytes) {
        int offset = 0;
        List<Charset> candidates = List.of(StandardCharsets.UTF_8, SHIFT_JIS, EUC_JP);
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
            candidates = List.of(StandardCharsets.UTF_8);
        }
        Decoded best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Charset cs : candidates) {
            Decoded d = lenient(bytes, offset, cs);
            // one invalid sequence in the last three bytes: a file cut in the middle of a character, however short
            boolean cut = d.damage().sequences() == 1 && d.damage().firstOffset() >= bytes.length - 3;
            if ((!cut && d.damage().sequences() * (long) MAX_DAMAGE_SHARE > d.text().length())
                    || !looksLikeText(d.text())) {
                continue;
            }
            int score = japaneseScore(d.text());
            if (best == null || d.damage().sequences() < best.damage().sequences()
                    || (d.damage().sequences() == best.damage().sequences() && score > bestScore)) {
                best = d;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Decodes with each invalid (malformed or unmappable) byte sequence read as U+FFFD, counting them. */
    static Decoded lenient(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length - offset) * 2 + 16));
        int sequences = 0;
        long first = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                r = decoder.flush(out);
                if (r.isUnderflow()) {
                    break;
                }
            }
            if (r.isError()) {
                if (sequences++ == 0) {
                    first = in.position();
                }
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else if (r.isOverflow()) {
                throw new IllegalStateException("the output buffer is sized for the worst case");
            }
        }
        out.flip();
        return new Decoded(out.toString(), cs, sequences == 0 ? null : new Damage(sequences, first));
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
