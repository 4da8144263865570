package org.goalparse.interpret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goalparse.ja.Morpheme;
import org.goalparse.ja.Morphology;

/**
 * The city the document is from: a place name (IPADIC 名詞-固有名詞-地域) followed by the suffix 市/町/村/区
 * (名詞-接尾-地域), as in 第11次伊勢原市交通安全計画 or 入間市連合区長会. The most frequent one wins, the earliest on a tie;
 * a special ward (世田谷区) only where no city, town or village is named.
 * A document that names no place (市国際交流協会, 市の窓口) gives null.
 */
final class MunicipalityFinder {
    String find(List<String> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : texts) {
            if (t.indexOf('市') < 0 && t.indexOf('町') < 0 && t.indexOf('村') < 0 && t.indexOf('区') < 0) {
                continue;
            }
            List<Morpheme> ms = Morphology.get().tokenize(t);
            for (int i = 1; i < ms.size(); i++) {
                Morpheme suffix = ms.get(i);
                Morpheme place = ms.get(i - 1);
                if (suffix.is("名詞-接尾-地域") && suffix.surface().matches("[市町村区]")
                        && place.is("名詞-固有名詞-地域") && place.end() == suffix.start()) {
                    counts.merge(place.surface() + suffix.surface(), 1, Integer::sum);
                }
            }
        }
        // a city, town or village before a ward: 東区 is more often a ward of the city than the city itself
        boolean anyCity = counts.keySet().stream().anyMatch(k -> !k.endsWith("区"));
        return counts.entrySet().stream().filter(e -> !anyCity || !e.getKey().endsWith("区"))
                .max((a, b) -> Integer.compare(a.getValue(), b.getValue())).map(Map.Entry::getKey).orElse(null);
    }
}
