package org.goalparse.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextRunsTest {
    @Test
    void holdsTheRunsOfEachTextAndNoneAcrossTwo() {
        TextRuns runs = new TextRuns(List.of("市民協働の推進", "地域活動"), 4);
        assertTrue(runs.contains("市民協働の", 0));
        assertTrue(runs.contains("xx協働の推進", 2));
        assertTrue(runs.contains("地域活動", 0));
        assertFalse(runs.contains("の推進地域", 0)); // the end of one text and the start of the next
    }

    @Test
    void noRunsInTextsShorterThanARun() {
        TextRuns runs = new TextRuns(List.of("市民", ""), 8);
        assertFalse(runs.contains("市民協働の推進です", 1));
        assertFalse(new TextRuns(List.of(), 8).contains("市民協働の推進です", 0));
        assertThrows(IndexOutOfBoundsException.class, () -> runs.contains("市民", 0));
    }

    @Test
    void answersAsASetOfTheRunsAsStrings() {
        Random r = new Random(6);
        String alphabet = "市民協働推進のを目標達成率%0123";
        for (int round = 0; round < 50; round++) {
            List<String> texts = List.of(random(r, alphabet, 40), random(r, alphabet, 9), random(r, alphabet, 3));
            Set<String> expected = new HashSet<>();
            for (String t : texts) {
                for (int i = 0; i + 3 <= t.length(); i++) {
                    expected.add(t.substring(i, i + 3));
                }
            }
            TextRuns runs = new TextRuns(texts, 3);
            String probe = random(r, alphabet, 200);
            for (int i = 0; i + 3 <= probe.length(); i++) {
                assertEquals(expected.contains(probe.substring(i, i + 3)), runs.contains(probe, i), probe + " @" + i);
            }
        }
    }

    private static String random(Random r, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
