package vbtrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {
    private static double v(String s) {
        return VietnameseNumbers.parse(s).orElseThrow();
    }

    @Test
    void commaIsTheDecimalMarkAndDotGroupsThousands() {
        assertEquals(99.6, v("99,6"));
        assertEquals(2900, v("2.900"));
        assertEquals(2900.5, v("2.900,5"));
        assertEquals(1234567, v("1.234.567"));
        assertEquals(43346068, v("43.346.068"));
        assertEquals(1, v("01"));
        assertEquals(5, v("05"));
    }

    @Test
    void englishStyleDecimalsAndThousandsFromWebRenderings() {
        assertEquals(1.5, v("1.5"));          // not three digits after the dot: a decimal point
        assertEquals(99.6, v("99.6"));
        assertEquals(1234.5, v("1,234.5"));   // both marks: the last one is the decimal mark
        assertEquals(1234567, v("1,234,567"));
        assertEquals(1.5, v("1,500"));        // one comma is always the Vietnamese decimal mark
    }

    @Test
    void notNumbers() {
        assertTrue(VietnameseNumbers.parse("").isEmpty());
        assertTrue(VietnameseNumbers.parse("1.2.3").isEmpty());
        assertTrue(VietnameseNumbers.parse("abc").isEmpty());
        assertTrue(VietnameseNumbers.parse(null).isEmpty());
    }

    @Test
    void fractionsAreProperAndSmall() {
        assertEquals(0.75, VietnameseNumbers.parseFraction("3/4").orElseThrow());
        assertEquals(2.0 / 3, VietnameseNumbers.parseFraction("2/3").orElseThrow(), 1e-9);
        assertTrue(VietnameseNumbers.parseFraction("30/11").isEmpty(), "a day and month");
        assertTrue(VietnameseNumbers.parseFraction("199/200").isEmpty(), "a count of a total");
        assertTrue(VietnameseNumbers.parseFraction("4/3").isEmpty());
    }

    @Test
    void ranges() {
        assertEquals(new NumberRange(1.5, 3), VietnameseNumbers.parseRange("1,5 - 3").orElseThrow());
        assertEquals(new NumberRange(4, 5), VietnameseNumbers.parseRange("4-5").orElseThrow());
        assertEquals(new NumberRange(2900, 3000), VietnameseNumbers.parseRange("từ 2.900 đến 3.000").orElseThrow());
        assertEquals(new NumberRange(10, 13), VietnameseNumbers.parseRange("10 – 13").orElseThrow());
        assertEquals(NumberRange.of(99.6), VietnameseNumbers.parseRange("99,6").orElseThrow());
        assertEquals(NumberRange.of(0.75), VietnameseNumbers.parseRange("3/4").orElseThrow());
        assertTrue(VietnameseNumbers.parseRange("từ 80").orElseThrow().min() == 80);
    }
}
