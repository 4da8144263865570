package org.goalparse.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.model.Quantity;

/** Quantities of a text, through the Japanese quantity extractor. */
final class Quantities {
    private static final Pattern STUB = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(%|回|人|名|世帯|種類|校区|校|団体|会場|件|枚|時間|日|自治会|箇所|コース)(以上|以下|以内|未満)?");

    private Quantities() {
    }

    static List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = STUB.matcher(text);
        while (m.find()) {
            String cmp = m.group(3) == null ? null : switch (m.group(3)) {
                case "以上" -> ">=";
                case "未満" -> "<";
                default -> "<=";
            };
            out.add(new Quantity(m.group(), null, new BigDecimal(m.group(1).replace(",", "")), m.group(2), cmp, null));
        }
        return out;
    }

    /** The same value, unit and comparator stated twice is one target. */
    static List<Quantity> distinct(List<Quantity> qs) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : qs) {
            boolean seen = out.stream().anyMatch(o -> java.util.Objects.equals(o.value(), q.value())
                    && java.util.Objects.equals(o.unit(), q.unit()) && java.util.Objects.equals(o.comparator(), q.comparator()));
            if (!seen) {
                out.add(q);
            }
        }
        return out;
    }
}
