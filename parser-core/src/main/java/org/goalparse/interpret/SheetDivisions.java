package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;

/**
 * The division whose own sheet the document is: a division-level goal sheet (組織目標管理シート, 工程表) names its
 * parent department and then itself, a space apart, in its title or its 所属 field ({@code 総務部 営繕課の工程表},
 * {@code 平成26年度 総務企画部 秘書広報課 組織目標管理シート}, {@code 所属:福祉部 障がい福祉課}). The department is the
 * document's; the division is one of its divisions.
 */
final class SheetDivisions {
    /** How many lines of the opening may carry the title. */
    private static final int OPENING = 15;
    /** Lines about whom to ask, not whose sheet it is (問合せ 市民部 市民課). */
    private static final Pattern CONTACT = Pattern.compile("問合せ|問い合わせ|連絡先|担当者|作成者|電話|TEL|FAX");

    private SheetDivisions() {
    }

    static List<String> find(List<String> texts, FormFields fields, String department) {
        List<String> out = new ArrayList<>();
        if (department == null) {
            return out;
        }
        Pattern after = Pattern.compile(Pattern.quote(department)
                + "[\\s　]+([^\\s　、。,()「」]{1,20}?(?:課|室|担当|センター|事務所|支所))(?=$|[\\s　の()]|組織|工程)");
        List<String> lines = new ArrayList<>();
        fields.of(Lexicon.Field.DEPARTMENT).forEach(v -> lines.add(v.value()));
        texts.subList(0, Math.min(OPENING, texts.size())).stream()
                .filter(t -> !PageFurniture.isFurniture(t) && !CONTACT.matcher(t).find()).forEach(lines::add);
        for (String line : lines) {
            Matcher m = after.matcher(line);
            if (m.find()) {
                String d = m.group(1);
                if (DivisionLists.isName(d) && !out.contains(d)) {
                    out.add(d);
                }
            }
        }
        return out;
    }
}
