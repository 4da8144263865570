package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.lexicon.Lexicon.Field;
import org.goalparse.lexicon.Lexicon.Section;
import org.goalparse.model.Division;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Indicator;
import org.goalparse.model.MidTermGoal;
import org.goalparse.model.PriorityPolicy;
import org.goalparse.model.Project;
import org.goalparse.model.Quality;
import org.goalparse.model.Quantity;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;
import org.goalparse.outline.TableKind;
import org.goalparse.outline.TableNode;

/**
 * Whether a read document looks like a department-goal document at all, and what share of its text the read
 * placed into the structure (docs/quality.md). Precision before recall: an input that is not a goal document (the
 * council's minutes debating the goals, a news page, a README) keeps its municipality and sections, and nothing a
 * goal document alone gives (department, fiscal year, head, goals …), each with a warning.
 *
 * <p>The verdict is conservative. Council minutes (speaker lines such as {@code ○議長(佐藤一郎君)}) and a Markdown
 * text in Latin script (a README) are never goal documents, whatever words they quote. Otherwise any of the goal
 * document's own marks (a goal section read as such, a data table of goals or indicators, two kinds of form label,
 * a goal title in the opening) makes it one. Without them, the input is none when it carries another genre's
 * marks (Markdown code, Latin script, news words) or names none of the genre's words. A low placed share is
 * reported but decides nothing: a real goal document whose lines the text extraction lost places nothing either.
 */
final class QualityAssessor {
    /** Signals, for and against; {@link Quality#signals()} lists those found in this order. */
    static final String GOAL_SECTION = "goal-section";
    static final String GOAL_TABLE = "goal-table";
    static final String FORM_LABELS = "form-labels";
    static final String GOAL_TITLE = "goal-title";
    static final String NUMBERED_GOALS = "numbered-goals";
    static final String DEPARTMENT_NAMED = "department-named";
    static final String FISCAL_YEAR_IN_TITLE = "fiscal-year-in-title";
    static final String MINUTES_SPEAKER_MARKS = "minutes-speaker-marks";
    static final String MARKDOWN_CODE = "markdown-code";
    static final String LATIN_SCRIPT = "latin-script";
    static final String NEWS_WORDS = "news-words";
    static final String NO_GOAL_VOCABULARY = "no-goal-vocabulary";
    static final String LOW_PLACED_SHARE = "low-placed-share";

    /** Signals that alone make a goal document (unless it is minutes or a README). */
    private static final Set<String> DECISIVE = Set.of(GOAL_SECTION, GOAL_TABLE, FORM_LABELS, GOAL_TITLE);
    /** Another genre's marks, and the genre's words missing: without a decisive signal, no goal document. */
    private static final Set<String> AGAINST = Set.of(MARKDOWN_CODE, LATIN_SCRIPT, NEWS_WORDS, NO_GOAL_VOCABULARY);

    /** Sections only a goal document has (not 所掌 or 組織体制, which any organisation page lists). */
    private static final Set<Section> GOAL_SECTIONS = Set.of(Section.GOALS, Section.PRIORITY,
            Section.BASIC_DIRECTION, Section.ACHIEVEMENT, Section.MIDTERM, Section.PROJECTS);
    private static final Set<TableKind> GOAL_TABLES = Set.of(TableKind.GOALS, TableKind.KPI, TableKind.MIDTERM,
            TableKind.PROJECTS);

    /** The opening title lines searched for a goal title; a title is short and no sentence. */
    private static final int OPENING_TITLES = 8;
    private static final int TITLE_MAX = Lexicon.TITLE_MAX;
    /** A line this short naming the department or its head is the document's title or signature: placed. */
    private static final int NAMING_LINE_MAX = 60;
    private static final int MIN_SPEAKER_LINES = 3;
    private static final int MIN_NEWS_WORDS = 3;
    private static final int MIN_CODE_MARKS = 2;
    private static final double LATIN_MAJORITY = 0.5;
    /** Below this share of placed text the read found (almost) no structure. */
    private static final double LOW_SHARE = 0.05;
    /** Characters in a run shared with a field for the run to count as placed; short runs match by chance. */
    private static final int RUN = 8;

    private static final Pattern GOAL_TITLE_WORD = Pattern.compile(Lexicon.alternation(Lexicon.GOAL_TITLE_WORDS));
    private static final Pattern GOAL_WORD = Pattern.compile(Lexicon.alternation(Lexicon.GOAL_VOCABULARY));
    private static final Pattern CODE_MARK = Pattern.compile("^\\s*```|`[^`\\s][^`]*`");

    /**
     * The document with its quality block and, when it is no goal document, without the fields only a goal
     * document gives. {@code read} is the interpreter's document (its quality not yet assessed), {@code roles} the
     * sections its headings announced, {@code goalsAnnounced} whether its goals came from a goal section or table
     * (not guessed from the first numbered list).
     */
    GoalDocument assess(GoalDocument read, Outline outline, FormFields fields, Set<Section> roles,
                        boolean goalsAnnounced) {
        List<Node> nodes = OutlineTexts.nodes(outline);
        List<String> signals = new ArrayList<>();
        if (roles.stream().anyMatch(GOAL_SECTIONS::contains)) {
            signals.add(GOAL_SECTION);
        }
        if (outline.nodes().stream().anyMatch(n -> n instanceof TableNode t && GOAL_TABLES.contains(t.kind()))) {
            signals.add(GOAL_TABLE);
        }
        if (Stream.of(Field.values()).filter(f -> !fields.of(f).isEmpty()).count() >= 2) {
            signals.add(FORM_LABELS);
        }
        List<String> opening = OutlineTexts.titles(outline).stream().map(String::strip)
                .filter(t -> t.length() <= TITLE_MAX && !t.endsWith("。")).limit(OPENING_TITLES).toList();
        if (opening.stream().anyMatch(t -> GOAL_TITLE_WORD.matcher(t).find())) {
            signals.add(GOAL_TITLE);
        }
        if (!read.goals().isEmpty() && !goalsAnnounced) {
            signals.add(NUMBERED_GOALS);
        }
        if (read.department() != null) {
            signals.add(DEPARTMENT_NAMED);
        }
        if (read.fiscalYear() != null && opening.stream().anyMatch(t -> t.contains(read.fiscalYear().text()))) {
            signals.add(FISCAL_YEAR_IN_TITLE);
        }
        List<String> lines = OutlineTexts.all(outline);
        if (lines.stream().filter(QualityAssessor::minutesMark).count() >= MIN_SPEAKER_LINES) {
            signals.add(MINUTES_SPEAKER_MARKS);
        }
        if (lines.stream().filter(l -> CODE_MARK.matcher(l).find()).count() >= MIN_CODE_MARKS) {
            signals.add(MARKDOWN_CODE);
        }
        if (latinShare(lines) > LATIN_MAJORITY) {
            signals.add(LATIN_SCRIPT);
        }
        String all = String.join("\n", lines);
        if (Lexicon.NEWS_WORDS.stream().filter(all::contains).count() >= MIN_NEWS_WORDS) {
            signals.add(NEWS_WORDS);
        }
        if (!GOAL_WORD.matcher(all).find()) {
            signals.add(NO_GOAL_VOCABULARY);
        }
        double share = placedShare(read, nodes);
        if (share < LOW_SHARE) {
            signals.add(LOW_PLACED_SHARE);
        }
        boolean goalDocument = goalDocument(signals);
        GoalDocument out = goalDocument ? read : withhold(read);
        return with(out, new Quality(goalDocument, signals, goalDocument ? share : placedShare(out, nodes)));
    }

    /** The verdict on the signals found (see the class comment). */
    static boolean goalDocument(List<String> signals) {
        if (signals.contains(MINUTES_SPEAKER_MARKS)
                || (signals.contains(MARKDOWN_CODE) && signals.contains(LATIN_SCRIPT))) {
            return false;
        }
        if (signals.stream().anyMatch(DECISIVE::contains)) {
            return true;
        }
        return signals.stream().noneMatch(AGAINST::contains);
    }

    private static boolean minutesMark(String line) {
        String l = line.strip();
        return Lexicon.MINUTES_SPEAKER.matcher(l).find() || Lexicon.MINUTES_STAGE.matcher(l).find();
    }

    /** Latin letters among all letters (kana and kanji included): a README's or an English page's script. */
    private static double latinShare(List<String> lines) {
        long latin = 0;
        long letters = 0;
        for (String l : lines) {
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (c < 0x250) {
                        latin++;
                    }
                }
            }
        }
        return letters == 0 ? 0 : (double) latin / letters;
    }

    /** The document without what only a goal document gives, each dropped field with a warning. */
    private static GoalDocument withhold(GoalDocument d) {
        List<String> warnings = new ArrayList<>(d.warnings());
        String why = ": the input does not look like a goal document";
        if (d.department() != null) {
            warnings.add("department " + d.department() + " not kept" + why);
        }
        if (d.fiscalYear() != null) {
            warnings.add("fiscal year " + d.fiscalYear().text() + " not kept" + why);
        }
        if (d.head() != null) {
            warnings.add("head " + Stream.of(d.head().title(), d.head().name()).filter(s -> s != null)
                    .reduce((a, b) -> a + " " + b).orElse("") + " not kept" + why);
        }
        dropped(warnings, d.divisions().size(), "divisions", why);
        dropped(warnings, d.basicDirection().size(), "basic direction paragraphs", why);
        dropped(warnings, d.priorityPolicies().size(), "priority policies", why);
        dropped(warnings, d.goals().size(), "goals", why);
        dropped(warnings, d.projects().size(), "projects", why);
        dropped(warnings, d.indicators().size(), "indicators", why);
        dropped(warnings, d.midTermGoals().size(), "mid-term goals", why);
        return new GoalDocument(d.schemaVersion(), d.source(), d.municipality(), null, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), d.sections(), d.quality(), warnings);
    }

    private static void dropped(List<String> warnings, int count, String what, String why) {
        if (count > 0) {
            warnings.add(count + " " + what + " not kept" + why);
        }
    }

    private static GoalDocument with(GoalDocument d, Quality q) {
        return new GoalDocument(d.schemaVersion(), d.source(), d.municipality(), d.department(), d.fiscalYear(),
                d.head(), d.divisions(), d.basicDirection(), d.priorityPolicies(), d.goals(), d.projects(),
                d.indicators(), d.midTermGoals(), d.sections(), q, d.warnings());
    }

    /**
     * The share of the outline's non-blank characters that are in a structured field: a character counts when it
     * lies in a run of {@value #RUN} characters found in a field's text (so a line split into two goals, or two
     * lines joined into one, still counts), a line shorter than that when a field holds it whole. A heading read as
     * a section, and a short line naming the department or its head (the title, the signature), count whole.
     * Item markers are not text.
     */
    static double placedShare(GoalDocument d, List<Node> nodes) {
        List<String> placed = placedTexts(d);
        TextRuns runs = new TextRuns(placed, RUN);
        String joined = String.join("\n", placed);
        List<String> names = new ArrayList<>();
        if (d.department() != null) {
            names.add(Texts.compact(d.department()));
        }
        if (d.head() != null && d.head().name() != null) {
            names.add(Texts.compact(d.head().name()));
        }
        long total = 0;
        long covered = 0;
        for (Node n : nodes) {
            String c = Texts.compact(n instanceof Item it ? it.text() : n.text());
            total += c.length();
            if (c.isEmpty()) {
                continue;
            }
            if ((n instanceof Heading && Section.of(c) != Section.OTHER)
                    || (c.length() <= NAMING_LINE_MAX && names.stream().anyMatch(c::contains))
                    || (c.length() < RUN && joined.contains(c))) {
                covered += c.length();
                continue;
            }
            boolean[] in = new boolean[c.length()];
            for (int i = 0; i + RUN <= c.length(); i++) {
                if (runs.contains(c, i)) {
                    for (int k = i; k < i + RUN; k++) {
                        in[k] = true;
                    }
                }
            }
            for (boolean b : in) {
                covered += b ? 1 : 0;
            }
        }
        return total == 0 ? 0 : Math.min(1, (double) covered / total);
    }

    /** The texts of the structured fields, white space removed. */
    private static List<String> placedTexts(GoalDocument d) {
        Set<String> out = new LinkedHashSet<>();
        d.basicDirection().forEach(out::add);
        for (PriorityPolicy p : d.priorityPolicies()) {
            add(out, p.title(), p.text());
        }
        for (Goal g : d.goals()) {
            add(out, g.title(), g.text(), g.issues(), g.division());
            g.targets().stream().map(Quantity::text).forEach(out::add);
            if (g.achievement() != null) {
                add(out, g.achievement().text());
                g.achievement().results().stream().map(Quantity::text).forEach(out::add);
            }
            g.planRefs().forEach(r -> add(out, r.plan(), r.code(), r.title()));
        }
        for (Project p : d.projects()) {
            add(out, p.name(), p.division(), p.plan(), p.report());
        }
        for (Indicator i : d.indicators()) {
            add(out, i.id(), i.project(), i.metric(), i.division(), i.baseline() == null ? null : i.baseline().text());
            i.targets().forEach(t -> add(out, t.text()));
        }
        for (MidTermGoal m : d.midTermGoals()) {
            add(out, m.title(), m.text());
            m.schedule().forEach(s -> add(out, s.text()));
        }
        for (Division v : d.divisions()) {
            add(out, v.name(), v.head() == null ? null : v.head().name());
            v.roles().forEach(out::add);
        }
        return out.stream().map(Texts::compact).filter(s -> !s.isEmpty()).toList();
    }

    private static void add(Set<String> out, String... texts) {
        for (String t : texts) {
            if (t != null) {
                out.add(t);
            }
        }
    }
}
