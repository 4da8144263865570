package org.goalparse.interpret;

import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;

/**
 * Lines of a web page's furniture: a breadcrumb ({@code トップ > 組織でさがす > 総務部 > 行政管理課}), a print
 * link, an update stamp, a menu, a contact line with a phone number, a legend of grades. They name the site's owner, not the document's department, so finders skip them.
 */
final class PageFurniture {
    private static final Pattern BREADCRUMB = Pattern.compile("(?:\\S\\s*[>＞»›]\\s*\\S.*){2,}|^(?:現在地|現在の位置|現在位置)");
    private static final Pattern FURNITURE = Pattern.compile("^(?:" + Lexicon.alternation(Lexicon.PAGE_FURNITURE) + ")");

    /** A contact line: a phone number after TEL/電話 (北浦市役所 産業振興部 TEL 0234-56-7890). */
    private static final Pattern CONTACT = Pattern.compile("(?:TEL|Tel|電話|℡)\\s*[::]?\\s*\\(?0\\d{1,4}\\)?[-‐]?\\d{1,4}[-‐]\\d{3,4}");
    /** A legend of grades (※達成度 A:達成 B:概ね達成 C:未達成): two or more letters or marks each defined. */
    private static final Pattern LEGEND = Pattern.compile("^※.*?(?:[A-E◎○△×]\\s*[::=].*?){2,}");

    private PageFurniture() {
    }

    static boolean isFurniture(String line) {
        String t = line.strip();
        return BREADCRUMB.matcher(t).find() || (t.length() <= 60 && FURNITURE.matcher(t).find())
                || (t.length() <= 80 && (CONTACT.matcher(t).find() || LEGEND.matcher(t).find()));
    }
}
