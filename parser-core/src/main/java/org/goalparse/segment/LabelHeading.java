package org.goalparse.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.outline.Heading;
import org.goalparse.outline.HeadingStyle;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;

/**
 * A short line standing alone that names a part of the genre: 基本方針, 主な事業, 平成28年度の目標,
 * 部長メッセージ, 部等の取組方針, 組織目標, 部局内の執行体制, 組織のミッション. It ends with one of the genre's
 * section nouns ({@link Lexicon#SECTION_NOUNS}) and has no sentence punctuation.
 */
public final class LabelHeading implements LineRecognizer {
    private static final List<String> NOUNS = Lexicon.SECTION_NOUNS;
    /** A line ending in a noun that heads a section only standing alone, and names no section of the lexicon. */
    private static final Pattern LINE_ONLY = Pattern.compile(
            "^[^。、,:]{2,30}(" + String.join("|", Lexicon.LINE_SECTION_NOUNS) + ")$");
    private static final Pattern P = Pattern.compile(
            "^[^。、,:]{0,30}(" + String.join("|", NOUNS) + ")(\\([^)]{1,30}\\))?$");
    /** What such a line can end with: a noun's last character or a closing bracket. Most lines skip the match. */
    private static final String LAST_CHARS = NOUNS.stream().map(n -> n.substring(n.length() - 1))
            .collect(Collectors.joining("", "", ")"));

    /** The longest line that may head a unit's list of divisions (部局を構成する課, 区役所の組織). */
    private static final int ORGANISATION_MAX = 16;
    /** A line with sentence or list punctuation, which no heading has (compiled once: every line is asked). */
    private static final Pattern PUNCTUATED = Pattern.compile(".*[。、,:].*");

    @Override
    public Optional<Node> recognize(String line, Loc loc) {
        if (isOrganisation(line)) {
            return Optional.of(new Heading(line.trim(), HeadingStyle.LABEL, 2, loc));
        }
        if (LINE_ONLY.matcher(line).matches() && Lexicon.Section.of(line) == Lexicon.Section.OTHER) {
            // 目標達成に向けた施策 heads what follows; 重点施策 standing alone keeps its items as the goals
            return Optional.of(new Heading(line.trim(), HeadingStyle.LABEL, 2, loc));
        }
        if (line.isEmpty() || line.length() > 40 || LAST_CHARS.indexOf(line.charAt(line.length() - 1)) < 0
                || !P.matcher(line).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Heading(line.trim(), HeadingStyle.LABEL, 2, loc));
    }

    /**
     * 部局を構成する課, 部の構成, 区役所の組織: a short line naming the section that lists the unit's divisions, whose
     * words ({@link Lexicon.Section#ORGANISATION}) end in no section noun.
     */
    private static boolean isOrganisation(String line) {
        return line.length() <= ORGANISATION_MAX && !PUNCTUATED.matcher(line).matches()
                && Lexicon.Section.ORGANISATION.isOf(line);
    }
}
