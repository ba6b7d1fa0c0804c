package jstrace.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CivilTime's dates and times of day against java.time's, in zones with and without summer time. */
class CivilTimeTest {
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 19, SignStyle.NORMAL).appendPattern("-MM-dd'T'HH:mm:ss").toFormatter();
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");
    private TimeZone saved;

    @BeforeEach
    void save() {
        saved = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(saved);
    }

    private static String civil(long sec, long frac, int width) {
        StringBuilder o = new StringBuilder();
        return CivilTime.appendDate(o, sec, frac, width) ? o.toString() : null;
    }

    private static String javaTime(long sec, ZoneId zone) {
        ZonedDateTime t = Instant.ofEpochSecond(sec).atZone(zone);
        return ISO.format(t) + OFFSET.format(t);
    }

    @Test
    void datesAsJavaTimeHasThem() {
        Random r = new Random(42);
        for (String id : new String[] {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"}) {
            TimeZone.setDefault(TimeZone.getTimeZone(id));
            ZoneId zone = ZoneId.of(id);
            // 1843-2096, through every offset transition; far dates (+-12 000 years) in UTC, the calendar alone
            boolean utc = id.equals("UTC");
            for (int i = 0; i < 20_000; i++) {
                long sec = utc && i % 2 == 0 ? r.nextLong() % 400_000_000_000L : r.nextLong() % 4_000_000_000L;
                assertEquals(javaTime(sec, zone), civil(sec, 0, 0), id + " at " + sec);
            }
        }
    }

    @Test
    void edgesFractionsAndTimeOfDay() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        assertEquals("1970-01-01T00:00:00+0000", civil(0, 0, 0));
        assertEquals("1969-12-31T23:59:59.000000005+0000", civil(-1, 5, 9));
        assertEquals("2000-02-29T12:00:00.000123+0000", civil(951825600L, 123, 6));
        assertEquals("-1943-03-01T00:00:00+0000", civil(javaSecond("-1943-03-01T00:00:00Z"), 0, 0));
        assertEquals("0999-12-31T23:59:59+0000", civil(javaSecond("0999-12-31T23:59:59Z"), 0, 0));
        assertEquals("10150477-01-01T00:00:00+0000", civil(javaSecond("+10150477-01-01T00:00:00Z"), 0, 0));
        assertEquals("2023-11-14T22:13:20.-00000005+0000", civil(1700000000L, -5, 9)); // C's %09d of -5
        assertFalse(CivilTime.appendDate(new StringBuilder(), Long.MAX_VALUE, 0, 0));
        assertFalse(CivilTime.appendDate(new StringBuilder(), Long.MIN_VALUE, 0, 0));
        StringBuilder o = new StringBuilder();
        CivilTime.appendTimeOfDay(o, 1796155207L);
        assertEquals("20:00:07", o.toString());
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
        o.setLength(0);
        CivilTime.appendTimeOfDay(o, 1796155207L);
        assertEquals("01:30:07", o.toString());
    }

    private static long javaSecond(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }
}
