package jstrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** --color's values and -c with -C, as strace reads them. */
class SummaryAndColorOptionsTest {
    private static Options parse(String... args) {
        return CommandLineParser.parse(args);
    }

    private static UsageError error(String... args) {
        return assertThrows(UsageError.class, () -> CommandLineParser.parse(args), String.join(" ", args));
    }

    @Test
    void colorValues() {
        assertEquals(jstrace.output.Colors.AUTO, parse("ls").color);
        assertEquals(jstrace.output.Colors.ALWAYS, parse("--color=always", "ls").color);
        assertEquals(jstrace.output.Colors.NEVER, parse("--color", "Never", "ls").color);
        assertEquals(jstrace.output.Colors.AUTO, parse("--colo=AUTO", "ls").color);
        assertEquals("invalid --color argument: 'yes'", error("--color=yes", "ls").getMessage());
        assertEquals("invalid --color argument: ''", error("--color=", "ls").getMessage());
    }

    @Test
    void summaryOnlyAndSummaryAreExclusive() {
        for (String[] a : new String[][] {{"-c", "-C", "ls"}, {"-C", "-c", "ls"}, {"--summary-only", "--summary", "ls"},
                {"-cC", "ls"}}) {
            assertEquals("-c/--summary-only and -C/--summary are mutually exclusive", error(a).getMessage());
        }
        parse("-c", "-c", "ls");
        parse("-C", "-C", "ls");
    }
}
