package org.goalparse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys a record gives for joins (source.id, goal and project ids) and the summable unit of a quantity. */
class JoinKeysTest {
    private static final String SHA = "ab".repeat(32);
    private static final SourceInfo WHOLE = new SourceInfo("x.pdf", "docs/x.pdf", SHA, "application/pdf", 4, "pdf",
            null, null, null);

    @Test
    void sourceIdIsTheHashOrTheHashAndThePart() {
        assertEquals(SHA, WHOLE.id());
        assertEquals("docs/x.pdf", WHOLE.path());
        SourceInfo second = WHOLE.withPart(Part.ofPages(2, 3, 3, 4));
        assertEquals(SHA + "#2", second.id());
        assertEquals("docs/x.pdf", second.path(), "a part keeps its file's path");
        assertEquals(SHA + "#2", SourceInfo.idOf(SHA, second.part()));
        assertEquals(SHA, second.withPart(null).id());
        assertNull(new SourceInfo("x.pdf", SHA, "application/pdf", 4, "pdf").path(), "no path given: null");
    }

    @Test
    void aSourceIdThatDoesNotFollowFromItsHashAndPartIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SourceInfo(SHA + "#1", "x.pdf", null, SHA,
                "application/pdf", 4, "pdf", null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new SourceInfo(SHA, "x.pdf", null, SHA,
                "application/pdf", 4, "pdf", null, null, Part.ofPages(1, 2, 1, 1), null));
        assertThrows(IllegalArgumentException.class, () -> WHOLE.withPath(""));
    }

    @Test
    void goalsAndProjectsAreNumberedInTheirOrderWhoeverBuiltTheList() {
        Goal a = goal("一つ目");
        Goal b = goal("二つ目").withId("g7"); // an id from elsewhere does not survive: the place decides
        Project p = new Project("事業", null, null, null, List.of());
        GoalDocument doc = document(List.of(a, b, goal("三つ目")), List.of(p, p));

        assertEquals(List.of("g1", "g2", "g3"), doc.goals().stream().map(Goal::id).toList());
        assertEquals("二つ目", doc.goals().get(1).text());
        assertEquals(List.of("p1", "p2"), doc.projects().stream().map(Project::id).toList());
        // the same list again gives the same ids; fewer goals renumber from g1
        assertEquals(doc.goals(), document(doc.goals(), List.of()).goals());
        assertEquals(List.of("g1"), document(List.of(b), List.of()).goals().stream().map(Goal::id).toList());
        assertThrows(IllegalArgumentException.class, () -> a.withId("goal-1"));
        assertThrows(IllegalArgumentException.class, () -> p.withId("g1"));
    }

    @Test
    void unitNormalizedIsOneSpellingOfEquivalentUnits() {
        assertEquals("人", unit("名"));
        assertEquals("人", unit("人"));
        for (String u : List.of("か所", "ヶ所", "カ所", "ヵ所", "ケ所", "個所", "箇所")) {
            assertEquals("箇所", unit(u), u);
        }
        assertEquals("%", unit("パーセント"));
        assertEquals("件", unit("件"), "a unit with no other spelling is itself");
        assertEquals("万人", unit("万人"), "a scale stays: the value 3.5 of 3.5万人 is not scaled");
        assertEquals("ポイント", unit("ポイント"), "percentage points are not %");
        assertEquals("人日", unit("人日"));
        assertNull(Quantity.textOnly("現状把握").unitNormalized());
        DatedQuantity d = new DatedQuantity("10ヶ所", null, BigDecimal.TEN, "ヶ所", null, null, 2024);
        assertEquals("箇所", d.unitNormalized());
        assertEquals("箇所", d.quantity().unitNormalized());
        assertEquals(d, DatedQuantity.of(d.quantity(), 2024));
    }

    @Test
    void aUnitNormalizedThatDoesNotFollowFromTheUnitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Quantity("5名", null, BigDecimal.valueOf(5), "名", "名", null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new DatedQuantity("5名", null, BigDecimal.valueOf(5), "名", null, null, null, 2024));
    }

    private static String unit(String unit) {
        return new Quantity("1" + unit, null, BigDecimal.ONE, unit, null, null).unitNormalized();
    }

    private static Goal goal(String text) {
        return new Goal(null, null, null, text, List.of(), null, null, List.of());
    }

    private static GoalDocument document(List<Goal> goals, List<Project> projects) {
        return new GoalDocument(GoalDocument.SCHEMA_VERSION, WHOLE, null, null, null, null, List.of(), List.of(),
                List.of(), goals, projects, List.of(), List.of(), List.of(), Quality.NOT_ASSESSED, List.of());
    }
}
