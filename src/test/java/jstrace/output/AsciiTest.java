package jstrace.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The byte-level builder of JSON records prints numbers as Long's own methods do. */
class AsciiTest {
    private static final long[] NUMBERS = {0, 1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, 1_000_000_001,
        Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 1_796_246_588_778_413_751L, 999_999_999_999_999_999L,
        1_000_000_000_000_000_000L, 2_147_483_648_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, -1, -10,
        -1_000_000_000, -9_153_932_072_998L, 0xdefaced00000001L, 0x8000000000000001L, -2};

    @Test
    void decimalSignedAndUnsigned() {
        for (long v : NUMBERS) {
            assertEquals(Long.toString(v), new Ascii().append(v).toString());
            assertEquals(Long.toUnsignedString(v), new Ascii().appendUnsigned(v).toString());
            assertEquals(Long.toHexString(v), new Ascii().appendHex(v).toString());
        }
        for (long v = -100_000; v < 100_000; v += 7) assertEquals(Long.toString(v), new Ascii().append(v).toString());
    }

    @Test
    void growsAndEscapes() {
        Ascii a = new Ascii();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            a.append("key").append(i).append(',');
            expected.append("key").append(i).append(',');
        }
        assertEquals(expected.toString(), a.toString());
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Json.string(new Ascii(), "a\"b\\c\n\u0001").toString());
    }
}
