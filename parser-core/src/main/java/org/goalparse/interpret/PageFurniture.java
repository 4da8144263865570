package org.goalparse.interpret;

import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;

/**
 * Lines of a web page's furniture: a breadcrumb ({@code トップ > 組織でさがす > 総務部 > 行政管理課}), a print
 * link, an update stamp, a menu. They name the site's owner, not the document's department, so finders skip them.
 */
final class PageFurniture {
    private static final Pattern BREADCRUMB = Pattern.compile("(?:\\S\\s*[>＞»›]\\s*\\S.*){2,}|^(?:現在地|現在の位置|現在位置)");
    private static final Pattern FURNITURE = Pattern.compile("^(?:" + Lexicon.alternation(Lexicon.PAGE_FURNITURE) + ")");

    private PageFurniture() {
    }

    static boolean isFurniture(String line) {
        String t = line.strip();
        return BREADCRUMB.matcher(t).find() || (t.length() <= 60 && FURNITURE.matcher(t).find());
    }
}
