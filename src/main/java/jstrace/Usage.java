package jstrace;

/** The -h text. */
final class Usage {
    private Usage() {}

    static final String TEXT = """
            Usage: jstrace [-vxxyy] [-a COLUMN] [-o FILE] [-s STRSIZE] PROG [ARGS]

            Output format:
              -a COLUMN, --columns=COLUMN
                             alignment COLUMN for printing syscall results (default 40)
              -o FILE, --output=FILE
                             send trace output to FILE instead of stderr
              -s STRSIZE, --string-limit=STRSIZE
                             limit length of print strings to STRSIZE chars (default 32)
              -v, --no-abbrev
                             verbose mode: print entities unabbreviated
              -x, --strings-in-hex
                             print non-ASCII strings in hex
              -xx            print all strings in hex
              -y, --decode-fds
                             print paths associated with file descriptor arguments

            Miscellaneous:
              -h, --help     print help message
              -V, --version  print version

            Other strace options are recognised and refused with "not implemented yet".
            """;
}
