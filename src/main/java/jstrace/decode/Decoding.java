package jstrace.decode;

/** The options that change how arguments are printed (-s, -x, -y, -v, -X ...). */
public final class Decoding {
    /** -s: string length limit. */
    public int maxStrlen = 32;
    /** -x count: 0 none, 1 hex-quote non-ASCII strings, 2 all strings in hex. */
    public int hexStrings;
    /** -y count: 1 fd paths, 2 also socket/device details. */
    public int decodeFds;
    /** -Y: pids followed by the process's command name, "1234<sleep>". */
    public boolean decodePids;
    /** -v: print structures in full. */
    public boolean verbose;
    /** -X: 0 abbrev, 1 raw, 2 verbose. */
    public int xlatStyle;
    public static final int XLAT_ABBREV = 0, XLAT_RAW = 1, XLAT_VERBOSE = 2;

    /**
     * Per-syscall sets of -e abbrev=, -e verbose=, -e raw= (indexed by number; null = strace's
     * default: abbreviate all, verbose all, raw none). -v clears abbreviation for all.
     */
    public boolean[] abbrevSet, verboseSet, rawSet;

    public boolean abbrev(int nr) {
        if (verbose) return false;
        return abbrevSet == null || nr < 0 || nr >= abbrevSet.length || abbrevSet[nr];
    }

    public boolean verbose(int nr) {
        return verboseSet == null || nr < 0 || nr >= verboseSet.length || verboseSet[nr];
    }

    public boolean raw(int nr) {
        return rawSet != null && nr >= 0 && nr < rawSet.length && rawSet[nr];
    }
}
