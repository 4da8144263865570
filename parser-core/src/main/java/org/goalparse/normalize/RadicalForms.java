package org.goalparse.normalize;

import java.util.Map;

/**
 * Radicals written where Japanese text means the ideograph. PDFs whose fonts map glyphs to the radical code
 * points (Type 3 and some CID fonts give 民 the ToUnicode value ⺠ U+2EA0, 長 ⻑ U+2ED1, 生 ⽣ U+2F63) print
 * 市⺠⽣活部 for 市民生活部. NFKC folds the Kangxi Radicals block (U+2F00..U+2FD5) but not the CJK Radicals
 * Supplement (U+2E80..U+2EF3), and folds some Kangxi radicals to the traditional form (⼾ to 戶, ⿈ to 黃) where
 * Japanese writes 戸 and 黄. This table gives the unified ideograph of each radical that stands for a whole
 * character or a component in Japanese text, Japanese forms preferred (after Unicode's
 * EquivalentUnifiedIdeograph data and the J-SIMPLIFIED radicals of the Supplement); a radical not here goes
 * through NFKC as before.
 */
final class RadicalForms {
    private static final Map<Integer, Integer> FORMS = Map.ofEntries(
            // CJK Radicals Supplement: whole characters
            Map.entry(0x2E92, 0x5DF3), // ⺒ 巳
            Map.entry(0x2E93, 0x5E7A), // ⺓ 幺
            Map.entry(0x2E9D, 0x6708), // ⺝ 月
            Map.entry(0x2E9F, 0x6BCD), // ⺟ 母
            Map.entry(0x2EA0, 0x6C11), // ⺠ 民
            Map.entry(0x2EA9, 0x738B), // ⺩ 王
            Map.entry(0x2EAC, 0x793A), // ⺬ 示
            Map.entry(0x2EAE, 0x7AF9), // ⺮ 竹
            Map.entry(0x2EAF, 0x7CF8), // ⺯ 糸
            Map.entry(0x2EB6, 0x7F8A), // ⺶ 羊
            Map.entry(0x2EBC, 0x6708), // ⺼ 月 (meat)
            Map.entry(0x2EBD, 0x81FC), // ⺽ 臼
            Map.entry(0x2EC1, 0x864E), // ⻁ 虎
            Map.entry(0x2EC4, 0x897F), // ⻄ 西
            Map.entry(0x2EC6, 0x89D2), // ⻆ 角
            Map.entry(0x2ED1, 0x9577), // ⻑ 長
            Map.entry(0x2ED7, 0x96E8), // ⻗ 雨
            Map.entry(0x2ED8, 0x9752), // ⻘ 青
            Map.entry(0x2EDD, 0x98DF), // ⻝ 食
            Map.entry(0x2EE1, 0x9996), // ⻡ 首
            Map.entry(0x2EE3, 0x9AA8), // ⻣ 骨
            Map.entry(0x2EE4, 0x9B3C), // ⻤ 鬼
            Map.entry(0x2EE8, 0x9EA6), // ⻨ 麦
            Map.entry(0x2EE9, 0x9EC4), // ⻩ 黄
            Map.entry(0x2EEB, 0x6589), // ⻫ 斉 (J-simplified even)
            Map.entry(0x2EED, 0x6B6F), // ⻭ 歯 (J-simplified tooth)
            Map.entry(0x2EEF, 0x7ADC), // ⻯ 竜 (J-simplified dragon)
            Map.entry(0x2EF2, 0x4E80), // ⻲ 亀 (J-simplified turtle)
            // CJK Radicals Supplement: components
            Map.entry(0x2E85, 0x4EBB), // ⺅ 亻
            Map.entry(0x2E89, 0x5202), // ⺉ 刂
            Map.entry(0x2E96, 0x5FC4), // ⺖ 忄
            Map.entry(0x2E98, 0x624C), // ⺘ 扌
            Map.entry(0x2EA1, 0x6C35), // ⺡ 氵
            Map.entry(0x2EA3, 0x706C), // ⺣ 灬
            Map.entry(0x2EA8, 0x72AD), // ⺨ 犭
            Map.entry(0x2EAD, 0x793B), // ⺭ 礻
            Map.entry(0x2EBE, 0x8279), // ⺾ 艹
            Map.entry(0x2EBF, 0x8279), // ⺿ 艹
            Map.entry(0x2EC0, 0x8279), // ⻀ 艹
            Map.entry(0x2EC2, 0x8864), // ⻂ 衤
            Map.entry(0x2ECC, 0x8FB6), // ⻌ 辶
            Map.entry(0x2ECD, 0x8FB6), // ⻍ 辶
            Map.entry(0x2ECF, 0x961D), // ⻏ 阝 (city)
            Map.entry(0x2ED6, 0x961D), // ⻖ 阝 (mound)
            // Kangxi Radicals whose NFKC image is the traditional form: the form Japanese writes
            Map.entry(0x2F3E, 0x6238), // ⼾ 戸, not 戶
            Map.entry(0x2FAD, 0x9752), // ⾭ 青, not 靑
            Map.entry(0x2FC6, 0x9EA6), // ⿆ 麦, not 麥
            Map.entry(0x2FC8, 0x9EC4), // ⿈ 黄, not 黃
            Map.entry(0x2FCA, 0x9ED2), // ⿊ 黒, not 黑
            Map.entry(0x2FD1, 0x6589), // ⿑ 斉, not 齊
            Map.entry(0x2FD2, 0x6B6F), // ⿒ 歯, not 齒
            Map.entry(0x2FD4, 0x4E80)); // ⿔ 亀, not 龜

    private RadicalForms() {
    }

    /** Whether a code point lies in either radical block. */
    static boolean isRadical(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2EFF) || (cp >= 0x2F00 && cp <= 0x2FDF);
    }

    /** The Japanese ideograph a radical stands for, or the code point itself when the table has none. */
    static int ideograph(int cp) {
        return FORMS.getOrDefault(cp, cp);
    }

    /** {@code text} with every radical of the table replaced; the same string when it holds none. */
    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (isRadical(cp) && FORMS.containsKey(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.appendCodePoint(FORMS.get(cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }
}
