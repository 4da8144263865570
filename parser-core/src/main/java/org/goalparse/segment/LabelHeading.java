package org.goalparse.segment;

import java.util.Optional;
import java.util.regex.Pattern;
import org.goalparse.outline.Heading;
import org.goalparse.outline.HeadingStyle;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;

/**
 * A short line standing alone that names a part of the genre: 基本方針, 主な事業, 平成28年度の目標,
 * 部長メッセージ, 部等の取組方針, 組織目標, 部局内の執行体制. It ends with one of the genre's section nouns
 * and has no sentence punctuation.
 */
public final class LabelHeading implements LineRecognizer {
    private static final Pattern P = Pattern.compile(
            "^[^。、,:]{0,30}(方針|方向|目標|目標宣言|事業|使命|メッセージ|体制|役割|課等|成果|実績|報告|課題|工程|スケジュール|総括)"
                    + "(\\([^)]{1,30}\\))?$");

    @Override
    public Optional<Node> recognize(String line, Loc loc) {
        if (line.length() > 40 || !P.matcher(line).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Heading(line.trim(), HeadingStyle.LABEL, 2, loc));
    }
}
