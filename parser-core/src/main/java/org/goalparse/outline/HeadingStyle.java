package org.goalparse.outline;

/** How a heading was recognized. */
public enum HeadingStyle {
    /** 【部の基本方向】 */
    BRACKET,
    /** "1. 部局の使命", "4. 中期目標(概ね今後4年間)" */
    NUMBERED,
    /** "# 市民生活部", "## 組織目標" left in text exports */
    MARKDOWN,
    /** A short known label standing alone: 基本方針, 主な事業, 平成28年度の目標, 部長メッセージ */
    LABEL
}
