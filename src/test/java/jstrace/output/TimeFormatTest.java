package jstrace.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** strace's time stamp layouts at each precision (seen in strace 6.1's output). */
class TimeFormatTest {
    private TimeZone saved;

    @BeforeEach
    void utc() {
        saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(saved);
    }
    /** 2026-12-01 20:00:07.123456789 UTC */
    private static final long SEC = 1796155207L, NANOS = 123_456_789L;

    private static String absolute(int format, int digits) {
        StringBuilder b = new StringBuilder();
        TimeFormat.absolute(b, SEC, NANOS, format, digits);
        return b.toString();
    }

    @Test
    void absoluteAtEachPrecision() {
        assertEquals("20:00:07", absolute(TimeFormat.TIME, 0));
        assertEquals("20:00:07.123", absolute(TimeFormat.TIME, 3));
        assertEquals("20:00:07.123456", absolute(TimeFormat.TIME, 6));
        assertEquals("20:00:07.123456789", absolute(TimeFormat.TIME, 9));
        assertEquals("1796155207", absolute(TimeFormat.UNIX, 0));
        assertEquals("1796155207.123", absolute(TimeFormat.UNIX, 3));
        assertEquals("1796155207.123456", absolute(TimeFormat.UNIX, 6));
        assertEquals("1796155207.123456789", absolute(TimeFormat.UNIX, 9));
    }

    @Test
    void absoluteUsesTheLocalZoneAndPadsFractions() {
        StringBuilder b = new StringBuilder();
        TimeZone.setDefault(TimeZone.getTimeZone("GMT-05:00"));
        TimeFormat.absolute(b, SEC, 1_000, TimeFormat.TIME, 6);
        assertEquals("15:00:07.000001", b.toString());
    }

    @Test
    void relativeAtEachPrecision() {
        long d = 12_003_004_005L;
        String[] expected = {"    12", "    12.003", "    12.003004", "    12.003004005"};
        for (int i = 0; i < 4; i++) {
            StringBuilder b = new StringBuilder();
            TimeFormat.relative(b, d, 3 * i);
            assertEquals(expected[i], b.toString());
        }
        StringBuilder b = new StringBuilder();
        TimeFormat.relative(b, 1_234_567_000_000_000L, 6);
        assertEquals("1234567.000000", b.toString());
    }

    @Test
    void durationsAtEachPrecision() {
        String[] expected = {"0", "0.000", "0.000154", "0.000154041"};
        for (int i = 0; i < 4; i++) {
            StringBuilder b = new StringBuilder();
            TimeFormat.duration(b, 154_041, 3 * i);
            assertEquals(expected[i], b.toString());
        }
    }

    @Test
    void precisionWords() {
        assertEquals(0, TimeFormat.digits("s"));
        assertEquals(3, TimeFormat.digits("MS"));
        assertEquals(6, TimeFormat.digits("us"));
        assertEquals(9, TimeFormat.digits("ns"));
        assertEquals(-1, TimeFormat.digits("min"));
        assertEquals(1000, TimeFormat.unitNanos("us"));
    }
}
