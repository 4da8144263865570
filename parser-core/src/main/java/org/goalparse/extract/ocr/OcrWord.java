package org.goalparse.extract.ocr;

import java.util.List;
import java.util.Objects;

/**
 * One recognized word: its text, its box in image pixels (left, top, right, bottom), the box of the line it
 * belongs to (a line's height is a steadier font size than a word's), its line's number on the page (words of one
 * line share it) and the engine's confidence, 0-100.
 */
public record OcrWord(String text, int left, int top, int right, int bottom, int lineTop, int lineBottom, int line,
                      float confidence) {
    public OcrWord {
        Objects.requireNonNull(text, "text");
        if (right < left || bottom < top || lineBottom < lineTop) {
            throw new IllegalArgumentException("an OCR word's box must not be inverted: " + text);
        }
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence is 0-100: " + confidence);
        }
    }

    /** The words' texts run together, each stripped (Japanese is written without spaces). */
    public static String text(List<OcrWord> words) {
        StringBuilder t = new StringBuilder();
        words.forEach(w -> t.append(w.text().strip()));
        return t.toString();
    }

    /** The median height of each line's word boxes (pixels), by line number. */
    public static java.util.Map<Integer, Integer> medianHeights(List<OcrWord> words) {
        java.util.Map<Integer, java.util.List<Integer>> byLine = new java.util.HashMap<>();
        for (OcrWord w : words) {
            byLine.computeIfAbsent(w.line(), l -> new java.util.ArrayList<>()).add(w.bottom() - w.top());
        }
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        byLine.forEach((line, hs) -> {
            hs.sort(null);
            out.put(line, hs.get(hs.size() / 2));
        });
        return out;
    }
}
