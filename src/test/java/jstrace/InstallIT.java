package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/install PREFIX: the launcher link, the man page and the bash completion, which completes from the option table. */
class InstallIT {
    static final Path ROOT = SamplesIT.ROOT;

    @TempDir
    Path prefix;

    @Test
    void installsLauncherManPageAndCompletion() throws Exception {
        SamplesIT.Result r = SamplesIT.run(ROOT, null, ROOT.resolve("scripts/install").toString(), prefix.toString());
        assertEquals(0, r.status(), r.stdout() + r.stderr());
        Path bin = prefix.resolve("bin/jstrace");
        assertTrue(Files.isSymbolicLink(bin), bin + " is not a link");
        assertEquals(ROOT.resolve("scripts/jstrace").toRealPath(), bin.toRealPath());
        SamplesIT.Result v = SamplesIT.run(prefix, null, bin.toString(), "-V");
        assertEquals(0, v.status(), v.stderr());
        assertTrue(v.stdout().startsWith("jstrace -- version "), v.stdout());
        assertEquals(Files.readString(ROOT.resolve("man/jstrace.1")),
                Files.readString(prefix.resolve("share/man/man1/jstrace.1")));
        Path completion = prefix.resolve("share/bash-completion/completions/jstrace");
        assertTrue(Files.isRegularFile(completion));

        // bash's completion function, driven as bash drives it on TAB
        assertEquals("--color=", complete(completion, "jstrace", "--colo"));
        assertEquals("--columns= --color=", complete(completion, "jstrace", "--col"));
        assertEquals("--color=always", complete(completion, "jstrace", "--color=al"));
        assertEquals("raw abbrev verbose", complete(completion, "jstrace", "-X", ""));
        assertEquals("--summary-format=", complete(completion, "jstrace", "-c", "--summary-f"));
        assertEquals("--timeline=", complete(completion, "jstrace", "--timel"));
        // options that take no value complete without "="; after the command, its arguments are files
        assertEquals("--normalize", complete(completion, "jstrace", "--norm"));
        assertEquals("", complete(completion, "jstrace", "-f", "ls", "--colo"));
    }

    /** COMPREPLY after sourcing the completion file, with COMP_WORDS set to {@code words} and the cursor on the last. */
    private String complete(Path completion, String... words) throws Exception {
        StringBuilder w = new StringBuilder();
        for (String word : words) w.append(" '").append(word).append('\'');
        String script = "source '" + completion + "'; COMP_WORDS=(" + w + "); COMP_CWORD=" + (words.length - 1)
                + "; COMPREPLY=(); _jstrace; printf '%s' \"${COMPREPLY[*]}\"";
        SamplesIT.Result r = SamplesIT.run(prefix, null, "bash", "--norc", "--noprofile", "-c", script);
        assertEquals(0, r.status(), r.stderr());
        assertEquals("", r.stderr());
        return r.stdout();
    }
}
