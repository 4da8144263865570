package org.goalparse.normalize;

import java.text.Normalizer;

/**
 * NFKC (full-width digits, letters and ASCII symbols to ASCII, half-width katakana to full-width, Kangxi radicals and
 * compatibility ideographs to unified ones, U+3000 to a space) with the genre's canonical forms on top:
 * <ul>
 * <li>circled numbers and letters ({@code ①}..{@code ⑳}, {@code ㉑}..{@code ㊿}, {@code ⓪}, {@code Ⓐ}, {@code ㊀}, {@code ㋐})
 * are kept as they are: NFKC would turn {@code ①} into {@code 1} and destroy numbering and plan codes like
 * {@code 5-1-③}. Parenthesized and full-stop forms ({@code ⑴}, {@code ⒈}) do go through NFKC ({@code (1)}, {@code 1.}).</li>
 * <li>middle dots ({@code ·} U+00B7, {@code ･} U+FF65, {@code ‧} U+2027, {@code •} U+2022, {@code ∙}, {@code ⋅})
 * become the Japanese {@code ・} U+30FB;</li>
 * <li>range tildes ({@code ～} U+FF5E, {@code 〜} U+301C, {@code ∼}) become ASCII {@code ~}, the NFKC image of {@code ～};</li>
 * <li>hyphens and minus signs ({@code ‐ ‑ ‒ –} U+2010..U+2013, {@code −} U+2212, {@code －}) become ASCII {@code -};
 * the dashes {@code —} and {@code ―} and the long vowel mark {@code ー} are left alone.</li>
 * </ul>
 * {@code ※}, {@code ⇒}, {@code ⇔}, {@code →}, {@code 〒} have no compatibility mapping and pass unchanged.
 * Before NFKC, radicals standing for ideographs ({@code ⺠} U+2EA0 for 民, {@code ⼾} for 戸) become the ideograph
 * Japanese writes ({@link RadicalForms}).
 */
public final class UnicodeFolding implements TextRule {

    @Override
    public String apply(String text) {
        text = RadicalForms.fold(text);
        StringBuilder out = new StringBuilder(text.length());
        int runStart = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isProtected(cp)) {
                fold(text.substring(runStart, i), out);
                out.appendCodePoint(cp);
                runStart = next;
            }
            i = next;
        }
        fold(text.substring(runStart), out);
        return out.toString();
    }

    /** Circled numbers, letters, ideographs and katakana: the forms NFKC would flatten into plain characters. */
    static boolean isProtected(int cp) {
        return (cp >= 0x2460 && cp <= 0x2473)      // ①..⑳
                || (cp >= 0x24B6 && cp <= 0x24FF)  // Ⓐ..ⓩ, ⓪, ⓫..⓴, ⓵..⓾, ⓿
                || (cp >= 0x3251 && cp <= 0x325F)  // ㉑..㉟
                || (cp >= 0x3280 && cp <= 0x32BF)  // ㊀..㊰ circled ideographs, ㊱..㊿
                || (cp >= 0x32D0 && cp <= 0x32FE); // ㋐..㋾
    }

    private static void fold(String run, StringBuilder out) {
        if (run.isEmpty()) {
            return;
        }
        String nfkc = Normalizer.normalize(run, Normalizer.Form.NFKC);
        for (int i = 0; i < nfkc.length(); i++) {
            out.append(canonical(nfkc.charAt(i)));
        }
    }

    private static char canonical(char c) {
        return switch (c) {
            case '\u00B7', '\u2022', '\u2027', '\u2219', '\u22C5', '\uFF65' -> '・';
            case '\uFF5E', '\u301C', '\u223C' -> '~';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63', '\uFF0D' -> '-';
            default -> c;
        };
    }
}
