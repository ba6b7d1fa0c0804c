package jstrace.decode;

/** The options that change how arguments are printed (-s, -x, -y, -v, -X ...). */
public final class Decoding {
    /** -s: string length limit. */
    public int maxStrlen = 32;
    /** -x count: 0 none, 1 hex-quote non-ASCII strings, 2 all strings in hex. */
    public int hexStrings;
    /** -y count: 1 fd paths, 2 also socket/device details. */
    public int decodeFds;
    /** -v: print structures in full. */
    public boolean verbose;
    /** -X: 0 abbrev, 1 raw, 2 verbose. */
    public int xlatStyle;
    public static final int XLAT_ABBREV = 0, XLAT_RAW = 1, XLAT_VERBOSE = 2;
}
