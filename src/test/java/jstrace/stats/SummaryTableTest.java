package jstrace.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static SummaryTable.Row wallRow(String name, long calls, long ns, long wallNs, long wallMinNs, long wallMaxNs) {
        return new SummaryTable.Row(name, calls, 0, ns, ns / calls, ns / calls, wallNs, wallMinNs, wallMaxNs, null, List.of());
    }

    /** strace 7.x's wall-* columns: headers, widths (wall-total 11, wall-min/max 8, wall-avg 11) and the total row. */
    @Test
    void wallColumns() {
        List<SummaryTable.Row> rows = List.of(wallRow("read", 2, 3000, 50_000_000, 10_000_000, 40_000_000),
                wallRow("nanosleep", 1, 1000, 1_500_000_000, 1_500_000_000, 1_500_000_000));
        String expected = ""
                + " wall-total wall-min wall-max    wall-avg syscall\n"
                + "----------- -------- -------- ----------- ----------------\n"
                + "   0.050000 0.010000 0.040000       25000 read\n"
                + "   1.500000 1.500000 1.500000     1500000 nanosleep\n"
                + "----------- -------- -------- ----------- ----------------\n"
                + "   1.550000 0.010000 1.500000      516666 total\n";
        List<SummaryTable.Column> cols = SummaryTable.parseColumns("wall-total,wall-min,wall-max,wall-avg");
        assertEquals(expected, SummaryTable.render(rows, cols, SummaryTable.sortOrder("time")));
        assertEquals(cols, SummaryTable.parseColumns("total_wall,min-wall,max_wall,avg-wall,name"));
        assertEquals(List.of("nanosleep", "read"), names(rows, "wall-max"));
        assertEquals(List.of("nanosleep", "read"), names(rows, "wall_avg"));
        assertEquals(List.of("read", "nanosleep"), names(rows, "time"));
        // strace 7.2 has no "wall-time"
        assertEquals("unknown column name: 'wall-time'",
                assertThrows(UsageError.class, () -> SummaryTable.parseColumns("wall-time")).getMessage());
    }

    /** pNN-time in strace's alias styles; headers name the percentile without trailing zeros. */
    @Test
    void percentileColumnNames() {
        List<SummaryTable.Column> cols = SummaryTable.parseColumns("p50-time,p99.9-time,time-p99,p0_time,time_p100,p012.50-time");
        assertEquals(List.of("p50-time", "p99.9-time", "p99-time", "p0-time", "p100-time", "p12.5-time", "syscall"),
                cols.stream().map(SummaryTable.Column::header).toList());
        assertEquals(List.of(50.0, 99.9, 99.0, 0.0, 100.0, 12.5),
                cols.subList(0, 6).stream().map(SummaryTable.Column::percentile).toList());
        assertEquals("p99.9", cols.get(1).percentileName());
        assertEquals("call summary column has been provided more than once: 'time_p99' (-U option residual: 'time_p99,name')",
                assertThrows(UsageError.class, () -> SummaryTable.parseColumns("p99-time,time_p99,name")).getMessage());
        assertEquals("call summary column has been provided more than once: 'p99.0-time' (-U option residual: 'p99.0-time')",
                assertThrows(UsageError.class, () -> SummaryTable.parseColumns("p99-time,p99.0-time")).getMessage());
        for (String bad : List.of("p101-time", "p100.01-time", "p1000-time")) {
            assertEquals("invalid percentile in column name: '" + bad + "' (0 to 100)",
                    assertThrows(UsageError.class, () -> SummaryTable.parseColumns(bad)).getMessage());
        }
        for (String bad : List.of("p-time", "p-1-time", "p1e2-time", "p50", "p50-wall", "p.5-time", "p5.-time", "P50-time", "p50-time ")) {
            assertEquals("unknown column name: '" + bad + "'",
                    assertThrows(UsageError.class, () -> SummaryTable.parseColumns(bad)).getMessage());
        }
        assertEquals(SummaryTable.Kind.PERCENTILE, SummaryTable.sortColumn("p99-time").kind());
        assertEquals("invalid sortby: 'p101-time'",
                assertThrows(UsageError.class, () -> SummaryTable.sortColumn("p101-time")).getMessage());
    }

    /** 1..100 us: percentiles within 1% above the exact nearest-rank value, p0 and p100 exact. */
    @Test
    void latencyPercentiles() {
        Latency l = new Latency();
        assertEquals(0, l.at(50));
        for (long us = 100; us >= 1; us--) l.record(us * 1000);
        assertEquals(100, l.count());
        for (double p : new double[] {1, 10, 25, 50, 75, 90, 99, 99.5}) {
            long exact = (long) Math.ceil(p) * 1000;
            long v = l.at(p);
            assertTrue(v >= exact && v <= exact + exact / 100, p + ": " + v);
        }
        assertEquals(1000, l.at(0));
        assertEquals(100_000, l.at(100));
        Latency more = new Latency();
        more.record(5_000_000);
        l.add(more);
        l.add(new Latency());
        assertEquals(101, l.count());
        assertEquals(5_000_000, l.at(100));
        assertEquals(1000, l.at(0));
    }

    /** Percentile columns: seconds with 6 decimals, as wide as their header; the total row from all calls. */
    @Test
    void percentileColumns() {
        Latency getpid = new Latency(), all = new Latency();
        long total = 0;
        for (long us = 1; us <= 100; us++) {
            getpid.record(us * 1000);
            all.record(us * 1000);
            total += us * 1000;
        }
        Latency sleep = new Latency();
        sleep.record(2_500_000_000L);
        all.record(2_500_000_000L);
        List<SummaryTable.Row> rows = List.of(
                new SummaryTable.Row("getpid", 100, 0, total, 1000, 100_000, 0, 0, 0, getpid, List.of()),
                new SummaryTable.Row("nanosleep", 1, 0, 2_500_000_000L, 2_500_000_000L, 2_500_000_000L, 0, 0, 0, sleep, List.of()));
        String expected = ""
                + "    calls p50-time p99-time p100-time syscall\n"
                + "--------- -------- -------- --------- ----------------\n"
                + "      100 0.000050 0.000099  0.000100 getpid\n"
                + "        1 2.500000 2.500000  2.500000 nanosleep\n"
                + "--------- -------- -------- --------- ----------------\n"
                + "      101 0.000051 0.000100  2.500000 total\n";
        assertEquals(expected, SummaryTable.render(rows, all, SummaryTable.parseColumns("calls,p50-time,p99-time,p100-time"),
                SummaryTable.sortOrder("calls")));
        assertEquals(List.of("nanosleep", "getpid"), names(rows, "p50-time"));
    }

    /** --errno-summary's table: rows in the main table's order, each syscall's most frequent errno first. */
    @Test
    void errnoTable() {
        List<SummaryTable.Row> rows = List.of(
                new SummaryTable.Row("close", 5, 4, 10, 1, 5, 0, 0, 0, null, List.of(new SummaryTable.ErrnoCount(9, 4))),
                new SummaryTable.Row("openat", 6, 5, 30, 1, 9, 0, 0, 0, null,
                        List.of(new SummaryTable.ErrnoCount(2, 3), new SummaryTable.ErrnoCount(21, 2))),
                new SummaryTable.Row("getpid", 1, 0, 1, 1, 1, 0, 0, 0, null, List.of()),
                new SummaryTable.Row("a_very_long_syscall_name", 1, 1, 1, 1, 1, 0, 0, 0, null,
                        List.of(new SummaryTable.ErrnoCount(4095, 1))));
        String expected = ""
                + "   errors errno            syscall\n"
                + "--------- ---------------- -------------------------\n"
                + "        3 ENOENT           openat\n"
                + "        2 EISDIR           openat\n"
                + "        4 EBADF            close\n"
                + "        1 4095             a_very_long_syscall_name\n"
                + "--------- ---------------- -------------------------\n"
                + "       10                  total\n";
        assertEquals(expected, SummaryTable.renderErrnos(rows, SummaryTable.sortOrder("time")));
        assertEquals(""
                + "   errors errno            syscall\n"
                + "--------- ---------------- ----------------\n"
                + "--------- ---------------- ----------------\n"
                + "        0                  total\n", SummaryTable.renderErrnos(List.of(), null));
    }

    private static List<String> names(List<SummaryTable.Row> rows, String sort) {
        String table = SummaryTable.render(rows, SummaryTable.parseColumns("name"), SummaryTable.sortOrder(sort));
        return table.lines().skip(2).limit(rows.size()).map(String::strip).toList();
    }
}
