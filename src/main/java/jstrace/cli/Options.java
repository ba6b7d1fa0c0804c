package jstrace.cli;

import java.util.ArrayList;
import java.util.List;

/** Everything the command line asked for. */
public final class Options {
    public String outputFile;
    public int maxStrlen = 32;
    public int retColumn = 40;
    public int hexStrings;
    public int decodeFds;
    public boolean verbose;
    public boolean help;
    public boolean version;
    public final List<String> command = new ArrayList<>();
}
