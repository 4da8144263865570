package org.goalparse.interpret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The department: a value labelled 部局/部局名/部名 (a form's key and value), else the most frequent "…部" that
 * stands before 長, の, は or a title word in the document's opening lines (市民生活部長, 市民部の基本方針).
 */
final class DepartmentFinder {
    static final Pattern LABEL = Pattern.compile("^(部局名?|部名|部等名|所属部局|所属)$");
    private static final Pattern INLINE = Pattern.compile("^(?:部局名?|部名)[\\s:]+(\\S+(?:部|局))$");
    /** Kanji/katakana ending in 部 or 局; a hiragana head (こども未来部, くらし安全部) only where a word starts. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "((?:(?<=^|[\\s、。「『(・])\\p{IsHiragana}{1,6})?[\\p{IsHan}\\p{IsKatakana}ー・]{1,12}?(?:部|局))"
                    + "(?=長|の|は|組織|運営|\\s|$|\\(|、)");
    private static final Set<String> NOT = Set.of("一部", "全部", "内部", "外部", "幹部", "本部", "支部", "細部", "上部",
            "下部", "各部", "当部", "同部", "局");
    private static final int OPENING = 40;

    String find(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            String c = Texts.compact(texts.get(i));
            Matcher inline = INLINE.matcher(texts.get(i).strip());
            if (inline.matches()) {
                return inline.group(1);
            }
            if (LABEL.matcher(c).matches() && i + 1 < texts.size()) {
                String v = Texts.compact(texts.get(i + 1));
                if (v.matches("\\S{1,15}(部|局)")) {
                    return v;
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : texts.subList(0, Math.min(OPENING, texts.size()))) {
            Matcher m = CANDIDATE.matcher(t);
            while (m.find()) {
                String d = m.group(1);
                if (!NOT.contains(d) && d.length() >= 2) {
                    counts.merge(d, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
