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

    /** The words by their line's number, each line's words in their order. */
    public static java.util.Map<Integer, List<OcrWord>> byLine(List<OcrWord> words) {
        java.util.Map<Integer, List<OcrWord>> out = new java.util.HashMap<>();
        for (OcrWord w : words) {
            out.computeIfAbsent(w.line(), l -> new java.util.ArrayList<>()).add(w);
        }
        return out;
    }

    /** The median height of each line's word boxes (pixels), by line number. */
    public static java.util.Map<Integer, Integer> medianHeights(List<OcrWord> words) {
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        byLine(words).forEach((line, ws) -> {
            List<Integer> hs = new java.util.ArrayList<>();
            ws.forEach(w -> hs.add(w.bottom() - w.top()));
            hs.sort(null);
            out.put(line, hs.get(hs.size() / 2));
        });
        return out;
    }

    /** The words' mean confidence (0-100); 0 for none. */
    public static double meanConfidence(List<OcrWord> words) {
        double sum = 0;
        for (OcrWord w : words) {
            sum += w.confidence();
        }
        return words.isEmpty() ? 0 : sum / words.size();
    }
}
