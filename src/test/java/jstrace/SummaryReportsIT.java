package jstrace;

import static jstrace.SamplesIT.ROOT;
import static jstrace.SamplesIT.SAMPLES;
import static jstrace.SamplesIT.buildSamples;
import static jstrace.SamplesIT.jstrace;
import static jstrace.SamplesIT.onPath;
import static jstrace.SamplesIT.read;
import static jstrace.SamplesIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The -c report beyond strace 6.1's table, on real programs: percentiles of known sleeps, wall-*
 * columns, one table per thread or process adding up to the total, errors by errno, JSON and CSV
 * read back and compared with the text; bad values refused as strace refuses its own.
 */
class SummaryReportsIT {
    @TempDir
    Path tmp;

    /** jstrace -o FILE ARGS; the file's lines (the command must exit 0). */
    private List<String> jstraceOut(String... args) throws Exception {
        Path f = Files.createTempFile(tmp, "summary", ".txt");
        List<String> cmd = new ArrayList<>(List.of("-o", f.toString()));
        cmd.addAll(Arrays.asList(args));
        SamplesIT.Result r = jstrace(ROOT, cmd.toArray(String[]::new));
        assertEquals(0, r.status(), r.stderr());
        return read(f);
    }

    private List<String> straceOut(String... args) throws Exception {
        Path f = tmp.resolve("strace.txt");
        List<String> cmd = new ArrayList<>(List.of("strace", "-o", f.toString()));
        cmd.addAll(Arrays.asList(args));
        SamplesIT.Result r = run(ROOT, null, cmd.toArray(String[]::new));
        assertEquals(0, r.status(), r.stderr());
        return read(f);
    }

    // ---- percentiles and wall columns ----------------------------------------------------------

    /**
     * sleeps makes 20 clock_nanosleep calls of 20 ms and one of 200 ms. Under -w the percentiles are
     * of the calls' wall time: p50 and p90 are a 20 ms call's, p99 and p100 the 200 ms call's. Each is
     * checked against the exact percentile of the -T times of the same run (nearest rank; the
     * histogram keeps values to within 1%) and against the known durations (within 5%).
     */
    @Test
    void percentilesOfKnownSleeps() throws Exception {
        buildSamples();
        List<String> out = jstraceOut("-C", "-T", "-w", "-e", "trace=clock_nanosleep",
                "-U", "name,calls,p50-time,p90-time,p99-time,p100-time,max-time", SAMPLES + "/sleeps");
        List<Long> times = new ArrayList<>();
        Matcher m = Pattern.compile("clock_nanosleep\\(.*\\) = 0 <(\\d+)\\.(\\d{6})>").matcher("");
        for (String l : out) if (m.reset(l).matches()) times.add(Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2)));
        assertEquals(21, times.size(), String.join("\n", out));
        times.sort(null);
        Table t = Table.parse(out, out.indexOf("syscall              calls p50-time p90-time p99-time p100-time  longest"));
        Map<String, String> row = t.rows.get("clock_nanosleep");
        assertEquals("21", row.get("calls"));
        Map<String, Integer> rank = Map.of("p50-time", 11, "p90-time", 19, "p99-time", 21, "p100-time", 21);
        for (String col : rank.keySet()) {
            long us = micros(row.get(col));
            long exact = times.get(rank.get(col) - 1);
            assertTrue(us >= exact && us <= exact + exact / 100 + 1, col + " " + us + " us, exact " + exact + ": " + times);
            assertEquals(row.get(col), t.total.get(col), "one syscall: the total row's " + col);
        }
        // against the durations slept (p90, the 19th of 20 short sleeps, would see a late wake-up or two)
        Map<String, Long> slept = Map.of("p50-time", 20_000L, "p99-time", 200_000L);
        for (String col : slept.keySet()) {
            long us = micros(row.get(col)), known = slept.get(col);
            assertTrue(us >= known && us <= known + known / 20, col + " " + us + " us, slept " + known + " us: " + times);
        }
        // -T truncates to microseconds, the table rounds
        assertTrue(micros(row.get("longest")) - times.get(20) <= 1, row + " " + times);
        assertEquals(row.get("longest"), row.get("p100-time"));
    }

    /** -w: the wall-* columns are the time columns (strace 7.x); without -w they still are wall time. */
    @Test
    void wallColumnsAreTheWallTime() throws Exception {
        buildSamples();
        String cols = "total-time,wall-total,min-time,wall-min,max-time,wall-max,avg-time,wall-avg,calls";
        List<String> out = jstraceOut("-c", "-w", "-U", cols, SAMPLES + "/sleeps");
        assertEquals("    seconds  wall-total shortest wall-min  longest wall-max  usecs/call    wall-avg     calls syscall",
                out.get(0));
        Table t = Table.parse(out, 0);
        for (Map<String, String> r : t.all()) {
            assertEquals(r.get("seconds"), r.get("wall-total"), r.toString());
            assertEquals(r.get("shortest"), r.get("wall-min"), r.toString());
            assertEquals(r.get("longest"), r.get("wall-max"), r.toString());
            assertEquals(r.get("usecs/call"), r.get("wall-avg"), r.toString());
        }
        // system time (the default): the sleeps cost little CPU, but their wall time is 0.6 s
        out = jstraceOut("-c", "-e", "trace=clock_nanosleep", "-U", "calls,wall-total,wall-max,total-time", "-S", "wall-max",
                SAMPLES + "/sleeps");
        Map<String, String> r = Table.parse(out, 0).rows.get("clock_nanosleep");
        assertTrue(micros(r.get("wall-total")) >= 600_000, r.toString());
        assertTrue(micros(r.get("wall-max")) >= 200_000, r.toString());
        assertTrue(micros(r.get("seconds")) < micros(r.get("wall-total")) / 10, r.toString());
    }

    /**
     * A strace of version 7.1 or later, which has the wall-* columns: $STRACE7 if set (e.g. a build
     * of strace 7.2), else the strace on PATH if it is that new; null if there is none.
     */
    private static String strace7() throws Exception {
        String given = System.getenv("STRACE7");
        for (String s : given != null && !given.isEmpty() ? List.of(given) : onPath("strace") ? List.of("strace") : List.<String>of()) {
            SamplesIT.Result v = run(ROOT, null, s, "-V");
            Matcher m = Pattern.compile("strace -- version (\\d+)\\.(\\d+)").matcher(v.stdout());
            if (m.find() && (Integer.parseInt(m.group(1)) > 7 || Integer.parseInt(m.group(1)) == 7 && Integer.parseInt(m.group(2)) >= 1)) {
                return s;
            }
        }
        return null;
    }

    /** The wall-* columns and sort keys against strace 7.x itself; -O 1s makes every time 0, so the tables are exact. */
    @Test
    void wallColumnsAreStrace7s() throws Exception {
        buildSamples();
        String strace = strace7();
        assumeTrue(strace != null, "no strace 7.1 or later (set STRACE7 to one)");
        for (String cols : List.of("wall-total,wall-min,wall-max,wall-avg",
                "time,total-time,wall-total,min-time,wall-min,max-time,wall-max,avg-time,wall-avg,calls,errors,name",
                "min_wall,calls,avg-wall")) {
            for (String sort : List.of("time", "wall-max", "wall_avg", "total-wall", "name")) {
                String[] args = {"-c", "-f", "-O", "1s", "-U", cols, "-S", sort, "-e", "trace=!futex", SAMPLES + "/threads"};
                List<String> j = jstraceOut(args);
                Path f = tmp.resolve("strace7.txt");
                SamplesIT.Result r = run(ROOT, null, concat(new String[] {strace, "-o", f.toString()}, args));
                assertEquals(0, r.status(), r.stderr());
                assertEquals(read(f), j, "-U " + cols + " -S " + sort);
            }
        }
    }

    // ---- per thread and per process ------------------------------------------------------------

    /**
     * threads: four threads make 25 getpid, 25 failing openat and 25 write calls each. One table
     * per thread, each headed by its tid, whose counts add up to the total table; the total table
     * is strace's -c -f table of the same program.
     */
    @Test
    void summaryByThreadAddsUpToTheAggregate() throws Exception {
        buildSamples();
        assumeTrue(onPath("strace"), "strace is not installed");
        String[] args = {"-c", "-f", "-O", "1s", "-S", "calls", "-e", "trace=!futex", SAMPLES + "/threads"};
        List<String> j = jstraceOut(concat(new String[] {"--summary-by=thread"}, args));
        List<String> s = straceOut(args);
        int all = j.indexOf("all threads");
        assertTrue(all > 0, String.join("\n", j));
        assertEquals(s, j.subList(all + 1, j.size()), "the total table is strace's");

        Pattern heading = Pattern.compile("TID (\\d+) \\(threads\\) of PID (\\d+)");
        List<Table> threads = new ArrayList<>();
        String pid = null;
        for (int i = 0; i < all; i++) {
            Matcher m = heading.matcher(j.get(i));
            if (!m.matches()) continue;
            if (pid == null) {
                pid = m.group(2);
                assertEquals(pid, m.group(1), "the main thread's table comes first");
            }
            assertEquals(pid, m.group(2));
            threads.add(Table.parse(j, i + 1));
        }
        assertEquals(5, threads.size(), String.join("\n", j));
        Table total = Table.parse(j, all + 1);
        for (String col : List.of("calls", "errors")) {
            Map<String, Long> sum = new TreeMap<>();
            for (Table t : threads) t.rows.forEach((name, r) -> sum.merge(name, number(r.get(col)), Long::sum));
            Map<String, Long> aggregate = new TreeMap<>();
            total.rows.forEach((name, r) -> aggregate.put(name, number(r.get(col))));
            assertEquals(aggregate, sum, col);
        }
        for (Table t : threads.subList(1, 5)) {
            assertEquals("25", t.rows.get("getpid").get("calls"));
            assertEquals("25", t.rows.get("openat").get("errors"));
            assertEquals("25", t.rows.get("write").get("calls"));
        }
    }

    /** The same in JSON: per thread, calls, errors and nanoseconds add up to the aggregate exactly. */
    @Test
    void summaryByThreadInJsonAddsUpExactly() throws Exception {
        buildSamples();
        JsonObject o = json(jstraceOut("-c", "-f", "-w", "--summary-by=thread", "--summary-format=json", "-U", "calls,p50-time",
                SAMPLES + "/threads"));
        assertEquals("thread", o.get("summary_by").getAsString());
        assertEquals("wall", o.get("clock").getAsString());
        JsonArray threads = o.getAsJsonArray("threads");
        assertEquals(5, threads.size());
        Map<String, long[]> sum = new TreeMap<>();
        for (JsonElement e : threads) {
            JsonObject t = e.getAsJsonObject();
            assertEquals("threads", t.get("comm").getAsString());
            assertEquals(threads.get(0).getAsJsonObject().get("pid").getAsInt(), t.get("pid").getAsInt());
            for (JsonElement r : t.getAsJsonArray("syscalls")) {
                JsonObject row = r.getAsJsonObject();
                long[] s = sum.computeIfAbsent(row.get("syscall").getAsString(), k -> new long[] {0, 0, 0, Long.MAX_VALUE, 0});
                s[0] += row.get("calls").getAsLong();
                s[1] += row.get("errors").getAsLong();
                s[2] += row.get("total_ns").getAsLong();
                s[3] = Math.min(s[3], row.get("min_ns").getAsLong());
                s[4] = Math.max(s[4], row.get("max_ns").getAsLong());
            }
        }
        Map<String, long[]> aggregate = new TreeMap<>();
        for (JsonElement r : o.getAsJsonArray("syscalls")) {
            JsonObject row = r.getAsJsonObject();
            aggregate.put(row.get("syscall").getAsString(), new long[] {row.get("calls").getAsLong(), row.get("errors").getAsLong(),
                    row.get("total_ns").getAsLong(), row.get("min_ns").getAsLong(), row.get("max_ns").getAsLong()});
        }
        assertEquals(aggregate.keySet(), sum.keySet());
        for (String name : aggregate.keySet()) assertEquals(Arrays.toString(aggregate.get(name)), Arrays.toString(sum.get(name)), name);
        JsonObject total = o.getAsJsonObject("total");
        assertEquals(aggregate.values().stream().mapToLong(v -> v[0]).sum(), total.get("calls").getAsLong());
        assertEquals(aggregate.values().stream().mapToLong(v -> v[2]).sum(), total.get("total_ns").getAsLong());
        assertEquals(100, aggregate.get("openat")[1]);
    }

    /** forktree: 255 processes, one table each; 127 of them forked twice and waited twice. */
    @Test
    void summaryByProcessOfAForkTree() throws Exception {
        buildSamples();
        List<String> out = jstraceOut("-c", "-f", "-O", "1s", "--summary-by=process", "-U", "calls,errors,name", SAMPLES + "/forktree");
        Pattern heading = Pattern.compile("PID (\\d+) \\(forktree\\)");
        List<Table> procs = new ArrayList<>();
        List<Long> pids = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Matcher m = heading.matcher(out.get(i));
            if (m.matches()) {
                pids.add(Long.parseLong(m.group(1)));
                procs.add(Table.parse(out, i + 1));
            }
        }
        assertEquals(255, procs.size());
        assertEquals(255, pids.stream().distinct().count());
        List<Long> sorted = new ArrayList<>(pids);
        sorted.sort(null);
        assertEquals(sorted, pids, "tables by pid");
        long forked = procs.stream().filter(t -> t.rows.containsKey("clone")).count();
        assertEquals(127, forked);
        // a call a signal interrupted and the kernel restarted counts twice, once as an error
        for (Table t : procs) {
            if (!t.rows.containsKey("clone")) continue;
            assertEquals(2, successes(t.rows.get("clone")), t.rows.toString());
            assertEquals(2, successes(t.rows.get("wait4")), t.rows.toString());
        }
        Table total = Table.parse(out, out.indexOf("all processes") + 1);
        assertEquals(254, successes(total.rows.get("clone")));
        Map<String, Long> sum = new TreeMap<>(), aggregate = new TreeMap<>();
        for (Table t : procs) t.rows.forEach((name, r) -> sum.merge(name, number(r.get("calls")), Long::sum));
        total.rows.forEach((name, r) -> aggregate.put(name, number(r.get("calls"))));
        assertEquals(aggregate, sum);
    }

    /**
     * threadexec: a second thread execs /bin/true and takes over the process's pid. Its execve is
     * the last call of its own table; what runs after it is a new table under the pid, named true.
     * Per process it is one table, named after the command it ran last.
     */
    @Test
    void summaryByThreadWhenAThreadExecs() throws Exception {
        buildSamples();
        List<String> out = jstraceOut("-c", "-f", "--summary-by=thread", "-U", "calls,errors,name", SAMPLES + "/threadexec");
        List<String> headings = out.stream().filter(l -> l.startsWith("TID ")).toList();
        assertEquals(3, headings.size(), String.join("\n", out));
        Matcher first = Pattern.compile("TID (\\d+) \\(threadexec\\) of PID \\1").matcher(headings.get(0));
        assertTrue(first.matches(), headings.toString());
        String pid = first.group(1);
        assertEquals("TID " + pid + " (true) of PID " + pid, headings.get(1));
        assertTrue(headings.get(2).matches("TID \\d+ \\(threadexec\\) of PID " + pid), headings.toString());
        Table exec = Table.parse(out, out.indexOf(headings.get(2)) + 1);
        assertEquals("1", exec.rows.get("execve").get("calls"), "the thread's execve is in its table");
        Table after = Table.parse(out, out.indexOf(headings.get(1)) + 1);
        assertFalse(after.rows.containsKey("execve"), after.rows.toString());
        Table total = Table.parse(out, out.indexOf("all threads") + 1);
        long sum = 0;
        for (String h : headings) sum += number(Table.parse(out, out.indexOf(h) + 1).total.get("calls"));
        assertEquals(number(total.total.get("calls")), sum);

        out = jstraceOut("-c", "-f", "--summary-by=process", "-U", "calls,name", SAMPLES + "/threadexec");
        assertEquals(List.of("PID " + "N" + " (true)"), out.stream().filter(l -> l.startsWith("PID "))
                .map(l -> l.replaceFirst("\\d+", "N")).toList());
    }

    // ---- errors by errno -----------------------------------------------------------------------

    /** errnos: openat fails 3 times with ENOENT and twice with EISDIR, close 4 times with EBADF, mkdir with EEXIST. */
    @Test
    void errnoBreakdownOfKnownFailures() throws Exception {
        buildSamples();
        List<String> out = jstraceOut("-c", "-O", "1s", "--errno-summary", SAMPLES + "/errnos");
        int blank = out.indexOf("");
        assertTrue(blank > 0, String.join("\n", out));
        if (onPath("strace")) assertEquals(straceOut("-c", "-O", "1s", SAMPLES + "/errnos"), out.subList(0, blank));
        assertEquals(List.of(
                "   errors errno            syscall",
                "--------- ---------------- ----------------",
                "        4 EBADF            close",
                "        1 EEXIST           mkdir",
                "        3 ENOENT           openat",
                "        2 EISDIR           openat",
                "--------- ---------------- ----------------",
                "       10                  total"), out.subList(blank + 1, out.size()));
        // errors by errno in the other formats
        JsonObject o = json(jstraceOut("-c", "--errno-summary", "--summary-format=json", SAMPLES + "/errnos"));
        Map<String, String> byName = new TreeMap<>();
        for (JsonElement r : o.getAsJsonArray("syscalls")) {
            JsonObject row = r.getAsJsonObject();
            if (row.get("errors").getAsLong() > 0) byName.put(row.get("syscall").getAsString(), row.get("errnos").toString());
        }
        assertEquals(Map.of("close", "{\"EBADF\":4}", "mkdir", "{\"EEXIST\":1}", "openat", "{\"ENOENT\":3,\"EISDIR\":2}"), byName);
        assertEquals("{\"EBADF\":4,\"ENOENT\":3,\"EISDIR\":2,\"EEXIST\":1}", o.getAsJsonObject("total").get("errnos").toString());
        List<String> csv = jstraceOut("-c", "--errno-summary", "--summary-format=csv", SAMPLES + "/errnos");
        assertTrue(csv.get(0).endsWith(",errnos"), csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("openat,6,5,") && l.endsWith(",ENOENT:3 EISDIR:2")), String.join("\n", csv));
    }

    // ---- JSON and CSV --------------------------------------------------------------------------

    /**
     * The text, JSON and CSV reports of the same program: the same rows in the same order (-S calls),
     * the same calls and errors; times are zero under -O 1s, so every figure must agree.
     */
    @Test
    void jsonAndCsvAgreeWithTheText() throws Exception {
        buildSamples();
        String[] args = {"-c", "-O", "1s", "-S", "calls", "-U", "calls,errors,total-time,p99-time,name", SAMPLES + "/errnos"};
        List<String> text = jstraceOut(args);
        Table t = Table.parse(text, 0);
        JsonObject o = json(jstraceOut(concat(new String[] {"--summary-format=json"}, args)));
        List<String> csv = jstraceOut(concat(new String[] {"--summary-format=csv"}, args));
        assertEquals("syscall,calls,errors,time_percent,total_ns,min_ns,max_ns,avg_ns,p99_ns", csv.get(0));
        JsonArray rows = o.getAsJsonArray("syscalls");
        assertEquals(new ArrayList<>(t.rows.keySet()), names(rows));
        assertEquals(t.rows.size(), csv.size() - 1);
        int i = 0;
        for (Map.Entry<String, Map<String, String>> e : t.rows.entrySet()) {
            JsonObject row = rows.get(i).getAsJsonObject();
            String[] c = csv.get(++i).split(",", -1);
            assertEquals(e.getKey(), c[0]);
            assertEquals(e.getValue().get("calls"), row.get("calls").getAsString());
            assertEquals(e.getValue().get("calls"), c[1]);
            String errors = e.getValue().get("errors").isEmpty() ? "0" : e.getValue().get("errors");
            assertEquals(errors, row.get("errors").getAsString());
            assertEquals(errors, c[2]);
            assertEquals(micros(e.getValue().get("seconds")) * 1000, row.get("total_ns").getAsLong());
            assertEquals(micros(e.getValue().get("p99-time")) * 1000, row.getAsJsonObject("percentiles_ns").get("p99").getAsLong());
            assertEquals(row.get("total_ns").getAsString(), c[4]);
            assertEquals(row.getAsJsonObject("percentiles_ns").get("p99").getAsString(), c[8]);
        }
        assertEquals(t.total.get("calls"), o.getAsJsonObject("total").get("calls").getAsString());
        assertEquals(t.total.get("errors"), o.getAsJsonObject("total").get("errors").getAsString());
        assertEquals("system", o.get("clock").getAsString());
        assertEquals(1_000_000_000L, o.get("overhead_ns").getAsLong());
        assertTrue(o.get("summary_by").isJsonNull());
    }

    /** CSV with --summary-by=process: pid and comm lead every row; threads are counted in their process. */
    @Test
    void csvPerProcessHasPidAndComm() throws Exception {
        buildSamples();
        List<String> csv = jstraceOut("-c", "-f", "--summary-by=process", "--summary-format=csv", SAMPLES + "/threads");
        assertEquals("pid,comm,syscall,calls,errors,time_percent,total_ns,min_ns,max_ns,avg_ns", csv.get(0));
        long pids = csv.stream().skip(1).map(l -> l.split(",")[0]).distinct().count();
        assertEquals(1, pids, String.join("\n", csv));
        assertTrue(csv.stream().skip(1).allMatch(l -> l.split(",")[1].equals("threads")), String.join("\n", csv));
        assertTrue(csv.stream().anyMatch(l -> l.matches("\\d+,threads,openat,101,100,.*")), String.join("\n", csv));
    }

    // ---- bad values ----------------------------------------------------------------------------

    @Test
    void badValuesAreRefusedAsStraceRefusesItsOwn() throws Exception {
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("-c", "--summary-by=foo", "true"), "jstrace: invalid --summary-by argument: 'foo'");
        cases.put(List.of("-c", "-U", "p101-time", "true"), "jstrace: invalid percentile in column name: 'p101-time' (0 to 100)");
        cases.put(List.of("-c", "-U", "calls,p9x-time", "true"), "jstrace: unknown column name: 'p9x-time'");
        cases.put(List.of("-c", "-S", "p200-time", "true"), "jstrace: invalid sortby: 'p200-time'");
        cases.put(List.of("-c", "--summary-format=xml", "true"), "jstrace: invalid --summary-format argument: 'xml'");
        cases.put(List.of("--errno-summary", "true"),
                "jstrace: --errno-summary must be given with (-c/--summary-only or -C/--summary)");
        cases.put(List.of("--summary-by=thread", "true"),
                "jstrace: --summary-by must be given with (-c/--summary-only or -C/--summary)");
        for (Map.Entry<List<String>, String> e : cases.entrySet()) {
            SamplesIT.Result r = jstrace(ROOT, e.getKey().toArray(String[]::new));
            assertEquals(1, r.status(), e.getKey().toString());
            assertEquals(e.getValue() + "\nTry 'jstrace -h' for more information.\n", r.stderr(), e.getKey().toString());
            assertFalse(r.stderr().contains("Exception"), r.stderr());
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static JsonObject json(List<String> lines) {
        return JsonParser.parseString(String.join("\n", lines)).getAsJsonObject();
    }

    private static List<String> names(JsonArray rows) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : rows) out.add(e.getAsJsonObject().get("syscall").getAsString());
        return out;
    }

    /** "0.020185" seconds in microseconds. */
    private static long micros(String seconds) {
        String[] p = seconds.split("\\.");
        assertEquals(6, p[1].length(), seconds);
        return Long.parseLong(p[0]) * 1_000_000 + Long.parseLong(p[1]);
    }

    private static long successes(Map<String, String> row) {
        return number(row.get("calls")) - number(row.get("errors"));
    }

    private static long number(String cell) {
        return cell.isEmpty() ? 0 : Long.parseLong(cell);
    }

    /** A text table: its cells by header, cut at the dashes line's column boundaries. */
    record Table(Map<String, Map<String, String>> rows, Map<String, String> total) {
        List<Map<String, String>> all() {
            List<Map<String, String>> out = new ArrayList<>(rows.values());
            out.add(total);
            return out;
        }

        /** The table whose header line is {@code lines[at]}. */
        static Table parse(List<String> lines, int at) {
            assertTrue(at >= 0, String.join("\n", lines));
            String dashes = lines.get(at + 1);
            assertTrue(dashes.matches("-[- ]*"), dashes);
            List<int[]> spans = new ArrayList<>();
            Matcher m = Pattern.compile("-+").matcher(dashes);
            while (m.find()) spans.add(new int[] {m.start(), m.end()});
            List<String> headers = cells(lines.get(at), spans);
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            int i = at + 2;
            for (; !lines.get(i).equals(dashes); i++) {
                Map<String, String> row = row(headers, cells(lines.get(i), spans));
                rows.put(row.get("syscall"), row);
            }
            return new Table(rows, row(headers, cells(lines.get(i + 1), spans)));
        }

        private static Map<String, String> row(List<String> headers, List<String> cells) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) row.put(headers.get(c), cells.get(c));
            return row;
        }

        private static List<String> cells(String line, List<int[]> spans) {
            List<String> out = new ArrayList<>();
            for (int c = 0; c < spans.size(); c++) {
                int from = Math.min(spans.get(c)[0], line.length());
                int to = c == spans.size() - 1 ? line.length() : Math.min(spans.get(c)[1], line.length());
                out.add(line.substring(from, to).strip());
            }
            return out;
        }
    }
}
