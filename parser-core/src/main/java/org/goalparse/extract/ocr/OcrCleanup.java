package org.goalparse.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Japanese cleanup of recognized words, line by line: the context rules ({@link ZeroAmongDigits},
 * {@link DashBetweenDigits}, {@link LongVowelOrOne}, {@link ThousandsComma}, {@link EraName}, {@link MouthOrRo}) see
 * a whole line, across Tesseract's word boundaries (which in Japanese fall anywhere), and replace characters one for
 * one so each keeps its box; stray marks that a noisy scan or a table border leaves (a lone |, _, a dot, a kana alone
 * on its line) with a low confidence are dropped. The spaces Tesseract puts
 * between Japanese words are never written: words become glyphs with boxes and the PDF path's line builder writes a
 * space only where the page has a gap. Width folding is the normalizer's (NFKC), as for every format.
 */
public final class OcrCleanup {
    private static final List<OcrTextRule> RULES = List.of(new ZeroAmongDigits(), new DashBetweenDigits(),
            new LongVowelOrOne(), new ThousandsComma(), new EraName(), new MouthOrRo());
    /** Marks only, below this confidence: noise. */
    static final float NOISE_CONFIDENCE = 60;
    /** Anything below this confidence: noise. */
    static final float MIN_CONFIDENCE = 10;

    private OcrCleanup() {
    }

    public static List<OcrWord> clean(List<OcrWord> words) {
        List<OcrWord> kept = new ArrayList<>();
        java.util.Map<Integer, Integer> heights = OcrWord.medianHeights(words);
        for (int n = 0; n < words.size(); n++) {
            OcrWord w = words.get(n);
            boolean inText = inText(words, n);
            if ((!noise(w) || inText) && !strayAlone(words, n) && (inText || !misfit(w, heights.get(w.line())))) {
                kept.add(w);
            }
        }
        List<OcrWord> out = new ArrayList<>(kept.size());
        int i = 0;
        while (i < kept.size()) {
            int j = i;
            StringBuilder line = new StringBuilder();
            while (j < kept.size() && kept.get(j).line() == kept.get(i).line()) {
                line.append(kept.get(j).text());
                j++;
            }
            char[] chars = line.toString().toCharArray();
            RULES.forEach(r -> r.apply(chars));
            int at = 0;
            for (int k = i; k < j; k++) {
                OcrWord w = kept.get(k);
                String text = new String(chars, at, w.text().length());
                at += w.text().length();
                out.add(text.equals(w.text()) ? w : new OcrWord(text, w.left(), w.top(), w.right(), w.bottom(),
                        w.lineTop(), w.lineBottom(), w.line(), w.confidence()));
            }
            i = j;
        }
        return out;
    }

    /** A word box this many times its line's median height or more, read with a low confidence, is a blot. */
    static final float BLOT_HEIGHT = 1.8f;
    /** A letter or digit this small against its line's median height is a speck. */
    static final float SPECK_HEIGHT = 0.25f;

    /**
     * Whether a word read below {@link #NOISE_CONFIDENCE} is out of scale with its line: a box
     * {@link #BLOT_HEIGHT} times the line's median word height or taller (a smudge or a word over two lines read
     * as one character: に 78 pixels high in a line of 37), or a letter or digit {@link #SPECK_HEIGHT} of it or
     * smaller (a speck read as 0). Marks (、 ・) are small and are no letters; a word read with confidence keeps its
     * box whatever its size.
     */
    static boolean misfit(OcrWord w, int lineHeight) {
        if (w.confidence() >= NOISE_CONFIDENCE || lineHeight <= 0) {
            return false;
        }
        int h = w.bottom() - w.top();
        return h >= BLOT_HEIGHT * lineHeight
                || h <= SPECK_HEIGHT * lineHeight && w.text().codePoints().allMatch(Character::isLetterOrDigit);
    }

    static boolean noise(OcrWord w) {
        if (w.confidence() < MIN_CONFIDENCE) {
            return true;
        }
        return w.confidence() < NOISE_CONFIDENCE && w.text().codePoints().allMatch(OcrCleanup::mark);
    }

    /**
     * Whether a low-confidence word is Japanese text set inside its line: Japanese letters only (kanji, kana, the
     * iteration and prolonged-sound marks), and a word of the same line on each side (the line's first or last word:
     * on the one side it has) close to it, within a line height. Tesseract gives 0 to many a correctly read kanji
     * that it took for a word of its own (働 of 協働, 籍 of 戸籍); grain and shading read as text are Latin letters,
     * marks, or stand apart.
     */
    static boolean inText(List<OcrWord> words, int n) {
        OcrWord w = words.get(n);
        if (!w.text().codePoints().allMatch(OcrCleanup::japanese)) {
            return false;
        }
        float em = Math.max(1, w.lineBottom() - w.lineTop());
        OcrWord before = n > 0 && words.get(n - 1).line() == w.line() ? words.get(n - 1) : null;
        OcrWord after = n + 1 < words.size() && words.get(n + 1).line() == w.line() ? words.get(n + 1) : null;
        if (before == null && after == null) {
            return false;
        }
        boolean nearBefore = before != null && w.left() - before.right() < em && !noise(before);
        boolean nearAfter = after != null && after.left() - w.right() < em && !noise(after);
        return (before == null || nearBefore) && (after == null || nearAfter);
    }

    /**
     * Whether a word is one kana, or Latin letters only, alone on its line below {@link #NOISE_CONFIDENCE}: a speck
     * or the edge of an erased rule inside a cell read as お or バ, which splits the cell's lines (a policy's title
     * from its text), or the grain of an empty part of the page read as WS or BRKN. A kana that ends a sentence
     * wrapped onto a line of its own (す of ます) is read with a high confidence, and so is a heading's DX.
     */
    static boolean strayAlone(List<OcrWord> words, int n) {
        OcrWord w = words.get(n);
        if (w.confidence() >= NOISE_CONFIDENCE) {
            return false;
        }
        boolean alone = (n == 0 || words.get(n - 1).line() != w.line())
                && (n + 1 >= words.size() || words.get(n + 1).line() != w.line());
        if (!alone) {
            return false;
        }
        if (w.text().codePoints().allMatch(OcrCleanup::latinLetter)) {
            return true; // grain in an empty part of the page read as WS, BRKN, Re: a sure DX or KPI stays
        }
        if (w.text().codePointCount(0, w.text().length()) != 1) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(w.text().codePointAt(0));
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    private static boolean latinLetter(int cp) {
        return cp < 0x80 && Character.isLetter(cp) || cp >= 0xFF21 && cp <= 0xFF5A && Character.isLetter(cp);
    }

    private static boolean japanese(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || cp == 'ー' || cp == '々';
    }

    private static boolean mark(int cp) {
        return "|｜_＿-‐—―~〜.,・:;'\"`^°、。".indexOf(cp) >= 0 || cp == '!' || cp == 'l' || cp == 'I';
    }
}
