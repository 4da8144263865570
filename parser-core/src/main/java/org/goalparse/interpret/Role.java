package org.goalparse.interpret;

import java.util.regex.Pattern;

/** What the text under a heading is, told from the heading's words. */
enum Role {
    MIDTERM("中期目標|中期的"),
    PRIORITY("重点方針|取組方針|取り組み方針|取組み方針|重点施策|^方針$"),
    GOALS("課の目標|達成すべき目標|年度の目標|当年度目標|年度目標|^目標$|部の目標"),
    ACHIEVEMENT("達成度合|達成状況|実績|最終報告|成果|振り返り"),
    BASIC_DIRECTION("基本方向|基本方針|使命|メッセージ|基本理念"),
    PROJECTS("主な事業|主要事業|重点事業"),
    ORGANISATION("構成する課|課等$|執行体制|組織体制|組織構成"),
    ROLES("主な役割|所掌|分掌"),
    OTHER("");

    private final Pattern pattern;

    Role(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The role of a heading's text; OTHER when none fits. */
    static Role of(String heading) {
        String h = heading.replace(" ", "");
        for (Role r : values()) {
            if (r != OTHER && r.pattern.matcher(h).find()) {
                return r;
            }
        }
        return OTHER;
    }
}
