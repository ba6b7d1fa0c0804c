package jstrace.decode;

/**
 * Local calendar time for the dates strace prints (stat times under -v, -t's clock): the local
 * offset from java.util.TimeZone, the date by arithmetic. java.time would give the same figures,
 * but its zone rules and formatters cost ~25 ms of start-up the first time a trace prints a date.
 */
public final class CivilTime {
    private CivilTime() {}

    /** java.time's range (Instant.MIN/MAX): outside it a time has no date, as strace's localtime() failing. */
    private static final long MIN_SECOND = -31557014167219200L, MAX_SECOND = 31556889864403199L;

    /** 1900-01-01T00:00:00Z: before it a zone may still be on its Local Mean Time. */
    private static final long YEAR_1900 = -2208988800L;

    /** The local time zone's offset from UTC at {@code epochSec}, in seconds. */
    public static int offsetSeconds(long epochSec) {
        if (epochSec < YEAR_1900 && epochSec >= MIN_SECOND) {
            // TimeZone has no Local Mean Time (Berlin's +00:53:28 until 1893), glibc's localtime() has
            return java.time.ZoneId.systemDefault().getRules().getOffset(java.time.Instant.ofEpochSecond(epochSec)).getTotalSeconds();
        }
        long millis = Math.max(Long.MIN_VALUE / 1000, Math.min(Long.MAX_VALUE / 1000, epochSec)) * 1000;
        return java.util.TimeZone.getDefault().getOffset(millis) / 1000;
    }

    /** Appends HH:MM:SS, the local time of day. */
    public static void appendTimeOfDay(StringBuilder o, long epochSec) {
        long s = Math.floorMod(epochSec + offsetSeconds(epochSec), 86400L);
        padded(o, s / 3600, 2).append(':');
        padded(o, s / 60 % 60, 2).append(':');
        padded(o, s % 60, 2);
    }

    /**
     * Appends 2023-11-14T22:13:20, then ".FRACTION" ({@code width} digits) when {@code frac} is not
     * zero, then the offset (+0000), in local time; false (nothing appended) where there is no date.
     * The year as strftime's %Y: a sign only when negative (-1943, 10150477), at least 4 digits.
     */
    public static boolean appendDate(StringBuilder o, long epochSec, long frac, int width) {
        if (epochSec < MIN_SECOND || epochSec > MAX_SECOND) return false;
        int offset = offsetSeconds(epochSec);
        long local = epochSec + offset;
        long days = Math.floorDiv(local, 86400L), secs = Math.floorMod(local, 86400L);
        // days since 1970-01-01 to a proleptic Gregorian date, in eras of 400 years (146097 days)
        // counted from 0000-03-01, so that the leap day is the last day of a year
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long dayOfEra = z - era * 146097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long m5 = (5 * dayOfYear + 2) / 153; // 0 = March
        long day = dayOfYear - (153 * m5 + 2) / 5 + 1;
        long month = m5 < 10 ? m5 + 3 : m5 - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0) o.append('-');
        padded(o, Math.abs(year), 4).append('-');
        padded(o, month, 2).append('-');
        padded(o, day, 2).append('T');
        padded(o, secs / 3600, 2).append(':');
        padded(o, secs / 60 % 60, 2).append(':');
        padded(o, secs % 60, 2);
        if (frac != 0) padded(o.append('.'), frac, width);
        int abs = Math.abs(offset) / 60;
        o.append(offset < 0 ? '-' : '+');
        padded(o, abs / 60, 2);
        padded(o, abs % 60, 2);
        return true;
    }

    /** C's %0Nd: the sign, then zeros, then the digits, N characters in all. */
    public static StringBuilder padded(StringBuilder o, long v, int width) {
        String s = Long.toString(v);
        if (v < 0) {
            o.append('-');
            s = s.substring(1);
            width--;
        }
        for (int i = s.length(); i < width; i++) o.append('0');
        return o.append(s);
    }
}
