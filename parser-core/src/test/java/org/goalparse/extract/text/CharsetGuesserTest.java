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

    @Test
    void anInvalidUtf8ByteInTheMiddleIsReadAsAReplacementCharacterAndReported() {
        String text = JA.repeat(3);
        byte[] ok = text.getBytes(StandardCharsets.UTF_8);
        int chars = JA.indexOf("市民");
        int at = JA.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
        byte[] b = concat(concat(java.util.Arrays.copyOf(ok, at), new byte[] {(byte) 0xFF}),
                java.util.Arrays.copyOfRange(ok, at, ok.length)); // a stray byte, never valid in UTF-8
        CharsetGuesser.Decoded d = decode(b);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(text.substring(0, chars) + "\uFFFD" + text.substring(chars), d.text());
        assertEquals(new CharsetGuesser.Damage(1, at), d.damage());
        assertTrue(d.damage().warning(d.charset()).startsWith("1 byte sequence not valid UTF-8 (the first at byte "
                + at + ")"), d.damage().warning(d.charset()));
        // a byte overwritten in the middle of a character: its lead and each orphaned trail byte
        byte[] hit = ok.clone();
        hit[at] = (byte) 0xFF;
        assertEquals(3, decode(hit).damage().sequences());
    }

    @Test
    void aFileCutInTheMiddleOfACharacterKeepsItsText() {
        for (String name : new String[] {"UTF-8", "windows-31j", "EUC-JP"}) {
            Charset cs = Charset.forName(name);
            byte[] whole = JA.strip().getBytes(cs);
            byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1); // the last 。 loses its last byte
            CharsetGuesser.Decoded d = decode(cut);
            assertEquals(cs, d.charset(), name);
            assertEquals(JA.strip().substring(0, JA.strip().length() - 1) + "\uFFFD", d.text(), name);
            assertEquals(1, d.damage().sequences(), name);
        }
        // however short: one character and half of the next
        byte[] tiny = java.util.Arrays.copyOf("部長".getBytes(StandardCharsets.UTF_8), 4);
        assertEquals("部\uFFFD", decode(tiny).text());
    }

    @Test
    void aShiftJisFileWithABadTrailByteStaysShiftJis() {
        byte[] b = JA.getBytes(CharsetGuesser.SHIFT_JIS);
        String prefix = "【部の基本方向】\n市民";
        int lead = prefix.getBytes(CharsetGuesser.SHIFT_JIS).length; // 一's lead byte
        b[lead + 1] = 0x20; // no Shift_JIS trail byte is below 0x40
        CharsetGuesser.Decoded d = decode(b);
        assertEquals(CharsetGuesser.SHIFT_JIS, d.charset());
        assertTrue(d.text().startsWith(prefix + "\uFFFD"), d.text());
        assertTrue(d.text().contains("互いを尊重し合い"), d.text());
        assertEquals(lead, d.damage().firstOffset());
    }

    @Test
    void cleanTextHasNoDamageAndBinaryStaysRefused() {
        assertEquals(null, decode(JA.getBytes(StandardCharsets.UTF_8)).damage());
        // text with NULs between its characters (a binary record format) is not text, damaged or not
        byte[] text = JA.repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[text.length * 2];
        for (int i = 0; i < text.length; i++) {
            binary[2 * i] = text[i];
            binary[2 * i + 1] = (i % 7 == 0) ? (byte) 0xFF : 0;
        }
        assertTrue(CharsetGuesser.decode(binary).isEmpty());
        // a damaged byte in every few characters is too much to call text
        byte[] shredded = text.clone();
        for (int i = 0; i < shredded.length; i += 30) {
            shredded[i] = (byte) 0xFF;
        }
        assertTrue(CharsetGuesser.decode(shredded).isEmpty());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
