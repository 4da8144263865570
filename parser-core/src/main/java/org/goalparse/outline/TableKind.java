package org.goalparse.outline;

/** What a table holds, as far as its header tells. */
public enum TableKind {
    /** 事業番号 / 事業指標 / 現状値 / 目標値 */
    KPI,
    /** 課名 / 課長名 / 職員数 */
    STAFF,
    /** No / 当年度目標 / 実績 */
    GOALS,
    /** No / 取組み事項 / スケジュール (中期目標) */
    MIDTERM,
    /** 主な事業: project names beside 取組 (plan) and 最終報告 (report) labels */
    PROJECTS,
    /** 指標 / 令和5年度(実績) / 令和6年度(目標), or 成果指標 / 現状値 / 目標値: one indicator a row, a value a column */
    INDICATORS,
    /** Anything else: a layout grid, label/value pairs, side-by-side columns */
    GENERIC
}
