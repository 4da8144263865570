package org.goalparse.ja;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Japanese numerals to numbers: kanji ({@code 三}, {@code 二十五}, {@code 一万二千}, {@code 二〇二二}), ASCII digits
 * with commas and a decimal point, and the two mixed ({@code 1万2千}, {@code 3万}, {@code 1.5万}). Stateless.
 */
public final class KanjiNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String SMALL_UNITS = "十百千";
    private static final String BIG_UNITS = "万億兆";

    private KanjiNumerals() {
    }

    /** True for a character that can be part of a numeral: 0-9, kanji digits, 十百千万億兆, comma and point. */
    public static boolean isNumeralChar(char c) {
        return isDigit(c) || SMALL_UNITS.indexOf(c) >= 0 || BIG_UNITS.indexOf(c) >= 0 || c == ',' || c == '.'
                || c == '零';
    }

    /** True for 0-9 and the kanji digits 〇..九 (not the place units). */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || DIGITS.indexOf(c) >= 0 || c == '零';
    }

    /** The value of {@code s} when the whole string is a numeral, else empty. */
    public static Optional<BigDecimal> parse(String s) {
        if (s == null || s.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;   // sum of the finished 万/億 groups
        BigDecimal section = BigDecimal.ZERO; // below the current big unit
        StringBuilder digits = new StringBuilder();
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int small = SMALL_UNITS.indexOf(c);
            int big = BIG_UNITS.indexOf(c);
            if (isDigit(c)) {
                digits.append(c == '零' ? '0' : (c <= '9' ? c : (char) ('0' + DIGITS.indexOf(c))));
            } else if (c == '.') {
                if (digits.indexOf(".") >= 0 || digits.length() == 0) {
                    return Optional.empty();
                }
                digits.append('.');
            } else if (c == ',') {
                if (digits.length() == 0 || digits.indexOf(".") >= 0 || i + 1 >= s.length()
                        || !(s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9')) {
                    return Optional.empty();
                }
            } else if (small >= 0) {
                BigDecimal n = digits.length() == 0 ? BigDecimal.ONE : number(digits);
                if (n == null) {
                    return Optional.empty();
                }
                section = section.add(n.multiply(BigDecimal.TEN.pow(small + 1)));
                digits.setLength(0);
            } else if (big >= 0) {
                BigDecimal n = section;
                if (digits.length() > 0) {
                    BigDecimal d = number(digits);
                    if (d == null) {
                        return Optional.empty();
                    }
                    n = n.add(d);
                }
                if (n.signum() == 0) {
                    n = BigDecimal.ONE;
                }
                total = total.add(n.multiply(BigDecimal.TEN.pow(4 * (big + 1))));
                section = BigDecimal.ZERO;
                digits.setLength(0);
            } else {
                return Optional.empty();
            }
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        BigDecimal rest = section;
        if (digits.length() > 0) {
            BigDecimal d = number(digits);
            if (d == null) {
                return Optional.empty();
            }
            rest = rest.add(d);
        }
        BigDecimal v = total.add(rest);
        v = v.stripTrailingZeros();
        return Optional.of(v.scale() < 0 ? v.setScale(0) : v);
    }

    /** The value as an int when the numeral is a whole number that fits, else empty. */
    public static Optional<Integer> parseInt(String s) {
        return parse(s).flatMap(v -> {
            try {
                return Optional.of(v.intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    private static BigDecimal number(CharSequence digits) {
        String d = digits.toString();
        if (d.endsWith(".")) {
            return null;
        }
        return new BigDecimal(d);
    }
}
