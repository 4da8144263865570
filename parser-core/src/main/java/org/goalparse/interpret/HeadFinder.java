package org.goalparse.interpret;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.model.Head;

/**
 * The department's head: a name labelled 氏名/部長名 (with 補職/職名 giving the title), a name on the same line
 * after "…部長", or a name standing right after a line that is only "…部長".
 */
final class HeadFinder {
    private static final Pattern NAME_LABEL = Pattern.compile("^(氏名|部長名|部局長名|職氏名)$");
    private static final Pattern TITLE_LABEL = Pattern.compile("^(補職|職名|役職|職)$");
    private static final Pattern INLINE_LABEL = Pattern.compile("^(?:氏名|部長名|部局長名)[\\s:]+(.+)$");
    private static final Pattern TITLE_LINE = Pattern.compile("^\\S*?(部長|局長|部局長|理事)$");
    private static final Pattern TITLE_AND_NAME = Pattern.compile("^\\S*?(部長|局長|部局長|理事)\\s+(.+)$");

    Head find(List<String> texts) {
        String title = null;
        for (int i = 0; i + 1 < texts.size(); i++) {
            if (TITLE_LABEL.matcher(Texts.compact(texts.get(i))).matches()) {
                title = Texts.compact(texts.get(i + 1));
                break;
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i).strip();
            String c = Texts.compact(t);
            Matcher inline = INLINE_LABEL.matcher(t);
            if (inline.matches() && Texts.readingAndName(inline.group(1)) != null) {
                String[] rn = Texts.readingAndName(inline.group(1));
                return new Head(title != null ? title : "部長", rn[1], rn[0]);
            }
            if (NAME_LABEL.matcher(c).matches() && i + 1 < texts.size()) {
                String[] rn = Texts.readingAndName(texts.get(i + 1));
                if (rn != null) {
                    return new Head(title != null ? title : "部長", rn[1], rn[0]);
                }
            }
            Matcher tn = TITLE_AND_NAME.matcher(t);
            if (tn.matches() && Texts.readingAndName(tn.group(2)) != null) {
                String[] rn = Texts.readingAndName(tn.group(2));
                return new Head(tn.group(1), rn[1], rn[0]);
            }
            Matcher tl = TITLE_LINE.matcher(c);
            if (tl.matches() && i + 1 < texts.size() && Texts.readingAndName(texts.get(i + 1)) != null) {
                String[] rn = Texts.readingAndName(texts.get(i + 1));
                return new Head(tl.group(1), rn[1], rn[0]);
            }
        }
        for (String t : texts.subList(0, Math.min(30, texts.size()))) {
            Matcher tl = TITLE_LINE.matcher(Texts.compact(t));
            if (tl.matches()) {
                return new Head(tl.group(1), null, null);
            }
        }
        return null;
    }
}
