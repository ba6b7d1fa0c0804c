package jstrace.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jstrace.cli.UsageError;
import org.junit.jupiter.api.Test;

/** The -c table renderer against tables strace 6.1 printed for the same counts. */
class SummaryTableTest {
    private static SummaryTable.Row row(String name, long calls, long errors, long ns) {
        return new SummaryTable.Row(name, calls, errors, ns, ns / Math.max(1, calls), ns / Math.max(1, calls));
    }

    /** target/samples/openmissing under `strace -c -O 1s -U <all columns>` (every time clamped to 0). */
    @Test
    void allColumnsWithZeroTimes() {
        List<SummaryTable.Row> rows = List.of(row("open", 1, 1, 0), row("mprotect", 1, 0, 0), row("brk", 5, 0, 0),
                row("execve", 1, 0, 0), row("readlink", 1, 0, 0), row("arch_prctl", 1, 0, 0),
                row("set_tid_address", 1, 0, 0), row("openat", 1, 1, 0), row("set_robust_list", 1, 0, 0),
                row("prlimit64", 1, 0, 0), row("getrandom", 1, 0, 0), row("rseq", 1, 0, 0));
        String expected = ""
                + "% time     seconds shortest  longest  usecs/call     calls    errors syscall\n"
                + "------ ----------- -------- -------- ----------- --------- --------- ----------------\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1         1 open\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1           mprotect\n"
                + "  0.00    0.000000 0.000000 0.000000           0         5           brk\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1           execve\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1           readlink\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1           arch_prctl\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1           set_tid_address\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1         1 openat\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1           set_robust_list\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1           prlimit64\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1           getrandom\n"
                + "  0.00    0.000000 0.000000 0.000000           0         1           rseq\n"
                + "------ ----------- -------- -------- ----------- --------- --------- ----------------\n"
                + "100.00    0.000000 0.000000 0.000000           0        16         2 total\n";
        assertEquals(expected, SummaryTable.render(rows,
                SummaryTable.parseColumns("time-percent,total-time,min-time,max-time,avg-time,calls,errors,name"),
                SummaryTable.sortOrder("time")));
    }

    /** The default columns: percentages, averages (rounded as strace rounds them) and the total. */
    @Test
    void defaultColumnsSortedByTime() {
        List<SummaryTable.Row> rows = List.of(row("read", 7, 0, 21_000), row("close", 23, 0, 191_000),
                row("mmap", 30, 0, 128_000), row("openat", 34, 13, 318_000), row("write", 4, 0, 0));
        String expected = ""
                + "% time     seconds  usecs/call     calls    errors syscall\n"
                + "------ ----------- ----------- --------- --------- ----------------\n"
                + " 48.33    0.000318           9        34        13 openat\n"
                + " 29.03    0.000191           8        23           close\n"
                + " 19.45    0.000128           4        30           mmap\n"
                + "  3.19    0.000021           3         7           read\n"
                + "  0.00    0.000000           0         4           write\n"
                + "------ ----------- ----------- --------- --------- ----------------\n"
                + "100.00    0.000658           6        98        13 total\n";
        assertEquals(expected, SummaryTable.render(rows, SummaryTable.DEFAULT_COLUMNS, SummaryTable.sortOrder("time")));
    }

    /** Columns widen for long names and big numbers; the name column, when last, is not padded. */
    @Test
    void widthsFollowTheWidestValue() {
        List<SummaryTable.Row> rows = List.of(row("sched_getaffinity", 12_345_678_901L, 0, 0));
        String expected = ""
                + "syscall                  calls\n"
                + "------------------ -----------\n"
                + "sched_getaffinity  12345678901\n"
                + "------------------ -----------\n"
                + "total              12345678901\n";
        assertEquals(expected, SummaryTable.render(rows, SummaryTable.parseColumns("name,calls"), null));
    }

    @Test
    void sortKeysAndErrors() {
        List<SummaryTable.Row> rows = List.of(row("b", 1, 0, 5), row("a", 3, 2, 1), row("c", 2, 1, 9));
        assertEquals(List.of("a", "c", "b"), names(rows, "calls"));
        assertEquals(List.of("a", "c", "b"), names(rows, "errors"));
        assertEquals(List.of("a", "b", "c"), names(rows, "name"));
        assertEquals(List.of("c", "b", "a"), names(rows, "time"));
        assertEquals(List.of("b", "c", "a"), names(rows, "max-time")); // b: 5 in one call, c: 9 in two
        assertEquals(List.of("b", "a", "c"), names(rows, "nothing"));
        assertEquals("invalid sortby: 'bogus'", assertThrows(UsageError.class, () -> SummaryTable.sortOrder("bogus")).getMessage());
        assertEquals("call summary column has been provided more than once: 'calls' (-U option residual: 'calls,name')",
                assertThrows(UsageError.class, () -> SummaryTable.parseColumns("calls,calls,name")).getMessage());
    }

    private static List<String> names(List<SummaryTable.Row> rows, String sort) {
        String table = SummaryTable.render(rows, SummaryTable.parseColumns("name"), SummaryTable.sortOrder(sort));
        return table.lines().skip(2).limit(rows.size()).map(String::strip).toList();
    }
}
