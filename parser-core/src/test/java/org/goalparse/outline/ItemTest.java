package org.goalparse.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An item written out as a line: a bullet sits against its text, a number is followed by a space. */
class ItemTest {
    private static final Loc LOC = new Loc(1, 0, -1);

    @Test
    void aBulletIsWrittenAgainstItsText() {
        Item it = new Item(new Marker(NumberStyle.BULLET, 0, "・"), "外国人向けに市公式ホームページで発信", LOC);
        assertEquals("・外国人向けに市公式ホームページで発信", it.asLine());
        assertEquals(it.written(), it.asLine());
    }

    @Test
    void aNumberKeepsItsSpace() {
        assertEquals("1 コミュニティ活動の活発なまちづくりの促進",
                new Item(new Marker(NumberStyle.ARABIC, 1, "1"), "コミュニティ活動の活発なまちづくりの促進", LOC).asLine());
        assertEquals("① 地域力・市民力の向上", new Item(new Marker(NumberStyle.CIRCLED, 1, "①"), "地域力・市民力の向上", LOC).asLine());
    }
}
