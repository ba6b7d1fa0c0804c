package jstrace.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Print.quote against strace 6.1's rendering. Every expected string below was printed by the real
 * strace for write(fd, BYTES, N) with -s 300 (and -x, -xx), from a C program writing these bytes.
 */
class PrintTest {
    private static String q(byte[] s, int hexStyle) {
        return q(s, s.length, hexStyle);
    }

    private static String q(byte[] s, int size, int hexStyle) {
        StringBuilder sb = new StringBuilder("prefix:");
        Print.quote(sb, s, size, hexStyle);
        String out = sb.toString();
        assertEquals("prefix:", out.substring(0, 7), "quote appends");
        return out.substring(7);
    }

    private static byte[] b(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Checks BYTES printed without -x, with -x and with -xx. */
    private static void check(String bytes, String plain, String x, String xx) {
        byte[] s = b(bytes);
        assertEquals(plain, q(s, 0), "no -x");
        assertEquals(x, q(s, 1), "-x");
        assertEquals(xx, q(s, 2), "-xx");
    }

    @Test
    void nul() {
        check("\0", "\"\\0\"", "\"\\x00\"", "\"\\x00\"");
        check("\0\0", "\"\\0\\0\"", "\"\\x00\\x00\"", "\"\\x00\\x00\"");
    }

    @Test
    void octalIsPaddedOnlyBeforeAnOctalDigit() {
        check("\0" + "1", "\"\\0001\"", "\"\\x00\\x31\"", "\"\\x00\\x31\"");
        check("\0" + "8", "\"\\08\"", "\"\\x00\\x38\"", "\"\\x00\\x38\"");
        check("\0" + "9", "\"\\09\"", "\"\\x00\\x39\"", "\"\\x00\\x39\"");
        check("\1" + "7", "\"\\0017\"", "\"\\x01\\x37\"", "\"\\x01\\x37\"");
        check("\10" + "2", "\"\\0102\"", "\"\\x08\\x32\"", "\"\\x08\\x32\"");
        check("\u001f" + "0", "\"\\0370\"", "\"\\x1f\\x30\"", "\"\\x1f\\x30\"");
        check("\377" + "0", "\"\\3770\"", "\"\\xff\\x30\"", "\"\\xff\\x30\"");
        check("\177" + "7a", "\"\\1777a\"", "\"\\x7f\\x37\\x61\"", "\"\\x7f\\x37\\x61\"");
    }

    @Test
    void theNextByteCountsOnlyWithinSize() {
        // strace -s 1 on write(fd, "\0" "1", 2): "\0"... (the cut byte does not pad the octal)
        assertEquals("\"\\0\"", q(b("\0" + "1"), 1, 0));
        assertEquals("\"\\1\"", q(b("\1" + "7"), 1, 0));
        assertEquals("\"\\x00\"", q(b("\0" + "1"), 1, 1));
        assertEquals("\"a\"", q(b("a\tb\n"), 1, 1));
        assertEquals("\"\\x80\"", q(b("\200\201"), 1, 1));
    }

    @Test
    void escape() {
        check("\033[", "\"\\33[\"", "\"\\x1b\\x5b\"", "\"\\x1b\\x5b\"");
        check("\177", "\"\\177\"", "\"\\x7f\"", "\"\\x7f\"");
    }

    @Test
    void whitespaceEscapesAndQuotes() {
        check("a\tb\n", "\"a\\tb\\n\"", "\"a\\tb\\n\"", "\"\\x61\\x09\\x62\\x0a\"");
        check("\"\\\u000b\f\r", "\"\\\"\\\\\\v\\f\\r\"", "\"\\\"\\\\\\v\\f\\r\"", "\"\\x22\\x5c\\x0b\\x0c\\x0d\"");
    }

    @Test
    void printableAscii() {
        check("hello", "\"hello\"", "\"hello\"", "\"\\x68\\x65\\x6c\\x6c\\x6f\"");
        check(" ~", "\" ~\"", "\" ~\"", "\"\\x20\\x7e\"");
        check("", "\"\"", "\"\"", "\"\"");
    }

    @Test
    void oneNonPrintableByteTurnsTheWholeStringToHexWithX() {
        check("tab\there\1", "\"tab\\there\\1\"", "\"\\x74\\x61\\x62\\x09\\x68\\x65\\x72\\x65\\x01\"",
                "\"\\x74\\x61\\x62\\x09\\x68\\x65\\x72\\x65\\x01\"");
    }

    @Test
    void highBytes() {
        byte[] hi = new byte[128];
        StringBuilder oct = new StringBuilder("\""), hex = new StringBuilder("\"");
        for (int i = 0; i < 128; i++) {
            hi[i] = (byte) (0x80 + i);
            oct.append('\\').append(Integer.toOctalString(0x80 + i));
            hex.append("\\x").append(Integer.toHexString(0x80 + i));
        }
        oct.append('"');
        hex.append('"');
        assertEquals(oct.toString(), q(hi, 0));
        assertEquals(hex.toString(), q(hi, 1));
        assertEquals(hex.toString(), q(hi, 2));
        // strace's rendering of the first bytes, literally
        assertEquals("\"\\200\\201\\202", q(hi, 0).substring(0, 13));
        assertEquals("\\376\\377\"", q(hi, 0).substring(q(hi, 0).length() - 9));
    }

    @Test
    void everyByteAloneWithoutX() {
        // the rule, byte by byte: C escapes, printable as is, else shortest octal
        for (int c = 0; c < 256; c++) {
            String want = switch (c) {
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case 0x0b -> "\\v";
                case '\f' -> "\\f";
                case '\r' -> "\\r";
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                default -> c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : "\\" + Integer.toOctalString(c);
            };
            assertEquals("\"" + want + "\"", q(new byte[] {(byte) c}, 0), "byte " + c);
            // followed by an octal digit, a non-printable byte takes exactly 3 digits
            if (!(c >= 0x20 && c < 0x7f) && !(c >= 9 && c <= 13)) {
                assertEquals("\"\\" + String.format("%03o", c) + "5\"", q(new byte[] {(byte) c, '5'}, 0), "byte " + c + " then '5'");
            }
        }
    }

    @Test
    void sizeLimitsWhatIsPrinted() {
        assertEquals("\"hel\"", q(b("hello"), 3, 0));
        assertEquals("\"\"", q(b("hello"), 0, 0));
        assertEquals("\"\\x68\\x65\"", q(b("hello"), 2, 2));
    }
}
