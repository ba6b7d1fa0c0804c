package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Options strace refuses together: the same message (its program name aside) and exit status. */
class OptionConflictsIT {
    @Test
    void summaryOnlyWithSummaryIsRefusedAsStraceRefusesIt() throws Exception {
        for (List<String> args : List.of(List.of("-c", "-C"), List.of("-C", "-c"), List.of("--summary", "--summary-only"))) {
            String[] j = new String[args.size() + 1];
            args.toArray(j);
            j[args.size()] = "true";
            SamplesIT.Result r = SamplesIT.jstrace(SamplesIT.ROOT, j);
            assertEquals(1, r.status(), r.stderr());
            assertEquals("jstrace: -c/--summary-only and -C/--summary are mutually exclusive\n"
                    + "Try 'jstrace -h' for more information.\n", r.stderr());
            if (!SamplesIT.onPath("strace")) continue;
            String[] s = new String[j.length + 1];
            s[0] = "strace";
            System.arraycopy(j, 0, s, 1, j.length);
            SamplesIT.Result ref = SamplesIT.run(SamplesIT.ROOT, null, s);
            assertEquals(ref.status(), r.status());
            assertEquals(ref.stderr().replace("strace", "jstrace"), r.stderr());
        }
    }
}
