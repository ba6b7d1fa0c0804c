package jstrace.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every option of the table is documented: in the -h text, README.md and the man page. */
class OptionDocsTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir"));

    /** The spellings of each documented option: "-x" and "--long" (internal ones have no help line). */
    static List<String> spellings() {
        List<String> out = new ArrayList<>();
        for (CommandLineParser.Opt o : CommandLineParser.implemented()) {
            Getopt.Spec s = o.spec();
            if (s.shortName() != 0) out.add("-" + s.shortName());
            if (s.longName() != null) out.add("--" + s.longName());
        }
        return out;
    }

    static List<String> missing(String text) {
        List<String> miss = new ArrayList<>();
        for (String sp : spellings()) {
            Pattern p = Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(sp) + "(?![A-Za-z0-9-])");
            if (!p.matcher(text).find()) miss.add(sp);
        }
        return miss;
    }

    @Test
    void helpTextHasEveryOption() {
        List<String> m = missing(Help.text());
        assertTrue(m.isEmpty(), "not in -h: " + m);
    }

    @Test
    void readmeHasEveryOption() throws Exception {
        List<String> m = missing(Files.readString(ROOT.resolve("README.md")));
        assertTrue(m.isEmpty(), "not in README.md: " + m);
    }

    @Test
    void manPageHasEveryOption() throws Exception {
        // roff: "\-" is a minus, \f. changes fonts
        String man = Files.readString(ROOT.resolve("man/jstrace.1")).replace("\\-", "-").replaceAll("\\\\f[BIRP]", "");
        List<String> m = missing(man);
        assertTrue(m.isEmpty(), "not in man/jstrace.1: " + m);
        for (String section : List.of(".SH OPTIONS", ".SH ENVIRONMENT", ".SH FILES", ".SH EXIT STATUS")) {
            assertTrue(man.contains("\n" + section + "\n"), "man/jstrace.1 has no " + section);
        }
    }

    /** No "-o=ARG" spelling that the parser would not take: short options with a value take it as "-o FILE". */
    @Test
    void helpSpellsValuesAsTheParserTakesThem() {
        String h = Help.text();
        assertTrue(!Pattern.compile("(?<![A-Za-z0-9-])-[A-Za-z]=").matcher(h).find(), h);
        assertTrue(!Pattern.compile("\\bARG\\b").matcher(h).find(), "placeholders name what they are (FILE, PID, ...), not ARG");
    }
}
