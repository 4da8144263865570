package org.goalparse.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Japanese cleanup of recognized words, line by line: the context rules ({@link ZeroAmongDigits},
 * {@link DashBetweenDigits}, {@link LongVowelOrOne}) see a whole line, across Tesseract's word boundaries (which
 * in Japanese fall anywhere), and replace characters one for one so each keeps its box; stray marks that a noisy
 * scan or a table border leaves (a lone |, _, a dot) with a low confidence are dropped. The spaces Tesseract puts
 * between Japanese words are never written: words become glyphs with boxes and the PDF path's line builder writes a
 * space only where the page has a gap. Width folding is the normalizer's (NFKC), as for every format.
 */
public final class OcrCleanup {
    private static final List<OcrTextRule> RULES = List.of(new ZeroAmongDigits(), new DashBetweenDigits(),
            new LongVowelOrOne());
    /** Marks only, below this confidence: noise. */
    static final float NOISE_CONFIDENCE = 60;
    /** Anything below this confidence: noise. */
    static final float MIN_CONFIDENCE = 10;

    private OcrCleanup() {
    }

    public static List<OcrWord> clean(List<OcrWord> words) {
        List<OcrWord> kept = new ArrayList<>();
        for (OcrWord w : words) {
            if (!noise(w)) {
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

    static boolean noise(OcrWord w) {
        if (w.confidence() < MIN_CONFIDENCE) {
            return true;
        }
        return w.confidence() < NOISE_CONFIDENCE && w.text().codePoints().allMatch(OcrCleanup::mark);
    }

    private static boolean mark(int cp) {
        return "|｜_＿-‐—―~〜.,・:;'\"`^°、。".indexOf(cp) >= 0 || cp == '!' || cp == 'l' || cp == 'I';
    }
}
