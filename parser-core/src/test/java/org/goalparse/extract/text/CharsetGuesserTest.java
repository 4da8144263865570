package org.goalparse.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.goalparse.extract.Samples;
import org.junit.jupiter.api.Test;

class CharsetGuesserTest {
    private static final String JA = "【部の基本方向】\n市民一人ひとりが互いを尊重し合い、つながりを大切にしたいまちを創造します。\n";

    private static CharsetGuesser.Decoded decode(byte[] b) {
        return CharsetGuesser.decode(b).orElseThrow();
    }

    @Test
    void sjisSampleDecodesToTheUtf8Sample() {
        CharsetGuesser.Decoded sjis = decode(Samples.bytes("iruma-2022-shiminseikatsubu.sjis.txt"));
        String utf8 = new String(Samples.bytes("iruma-2022-shiminseikatsubu.txt"), StandardCharsets.UTF_8);
        assertEquals(CharsetGuesser.SHIFT_JIS, sjis.charset());
        // The UTF-8 rendition writes the katakana middle dot as U+00B7, which Shift_JIS cannot hold: the only difference.
        assertEquals(utf8.replace('\u00B7', '\u30FB'), sjis.text());
    }

    @Test
    void eachJapaneseEncodingIsRecognized() {
        for (String name : new String[] {"UTF-8", "windows-31j", "EUC-JP"}) {
            Charset cs = Charset.forName(name);
            CharsetGuesser.Decoded d = decode(JA.getBytes(cs));
            assertEquals(cs, d.charset(), name);
            assertEquals(JA, d.text(), name);
        }
    }

    @Test
    void byteOrderMarksDecideAndAreDropped() {
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, JA.getBytes(StandardCharsets.UTF_8));
        assertEquals(JA, decode(bom8).text());
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, JA.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(StandardCharsets.UTF_16LE, decode(le).charset());
        assertEquals(JA, decode(le).text());
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, JA.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(JA, decode(be).text());
    }

    @Test
    void randomBytesAreNotText() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertTrue(CharsetGuesser.decode(noise).isEmpty());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
