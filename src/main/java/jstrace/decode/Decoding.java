package jstrace.decode;

/** The options that change how arguments are printed (-s, -x, -y, -v, -X ...). */
public final class Decoding {
    /** -s: string length limit. */
    public int maxStrlen = 32;
    /** -x, --strings-in-hex: one of HEX_*. */
    public int hexStrings;
    /**
     * strace's string styles: none, the whole string in hex when it has a non-ASCII byte (-x), all
     * strings in hex (-xx), each non-printable byte as \xHH (--strings-in-hex=non-ascii-chars).
     */
    public static final int HEX_NONE = 0, HEX_NON_ASCII = 1, HEX_ALL = 2, HEX_NON_ASCII_CHARS = 3;
    /** -y, -yy, --decode-fds=SET: FD_* bits (0: fds are printed as numbers only). */
    public int decodeFds;
    /**
     * --decode-fds= kinds: paths (-y), socket details, device numbers, a pidfd's pid, an eventfd's
     * counter, a signalfd's mask (-yy: all, as in strace 6.10+).
     */
    public static final int FD_PATH = 1, FD_SOCKET = 2, FD_DEV = 4, FD_PIDFD = 8, FD_EVENTFD = 16, FD_SIGNALFD = 32,
            FD_ALL = 63;
    /** -Y: pids followed by the process's command name, "1234<sleep>". */
    public boolean decodePids;
    /** --pidns-translation: a pid seen in another PID namespace followed by " /* N in strace's PID NS *&#47;". */
    public boolean pidnsTranslation;
    /** -e namespace=new: the namespaces a clone, clone3, unshare or setns entered, after its result. */
    public boolean newNamespaces;
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
