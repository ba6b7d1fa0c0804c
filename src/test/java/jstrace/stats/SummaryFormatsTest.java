package jstrace.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --summary-format=json|csv against the text table of the same counts. */
class SummaryFormatsTest {
    /** read: 3 calls (1, 2, 30 us; the last failed with EAGAIN), write: 2 calls (5 us, 7 us), wall times 10x. */
    private static Counts counts() {
        Counts c = new Counts(true, true, true);
        c.add(0, 1000, 10_000, false, 0);
        c.add(0, 2000, 20_000, false, 0);
        c.add(0, 30_000, 300_000, true, 11);
        c.add(1, 5000, 50_000, false, 0);
        c.add(1, 7000, 70_000, false, 0);
        return c;
    }

    private static Summary.Config config(Summary.By by) {
        Summary.Config config = new Summary.Config();
        config.columns = SummaryTable.parseColumns("time,total-time,calls,errors,wall-max,p50-time,p99-time,name");
        config.by = by;
        config.errnos = true;
        return config;
    }

    @Test
    void jsonHasTheTextFigures() {
        Counts c = counts();
        Summary.Config config = config(Summary.By.NONE);
        Summary.Table total = new Summary.Table(null, c.rows(), c.allLatency());
        String text = SummaryTable.render(total.rows(), total.allLatency(), config.columns, SummaryTable.comparator(config.sortBy));
        assertEquals(""
                + "% time     seconds     calls    errors wall-max p50-time p99-time syscall\n"
                + "------ ----------- --------- --------- -------- -------- -------- ----------------\n"
                + " 73.33    0.000033         3         1 0.000300 0.000002 0.000030 read\n"
                + " 26.67    0.000012         2           0.000070 0.000005 0.000007 write\n"
                + "------ ----------- --------- --------- -------- -------- -------- ----------------\n"
                + "100.00    0.000045         5         1 0.000300 0.000005 0.000030 total\n", text);

        JsonObject o = JsonParser.parseString(SummaryFormats.json(config, SummaryTable.comparator(config.sortBy), List.of(), total))
                .getAsJsonObject();
        assertEquals("system", o.get("clock").getAsString());
        assertTrue(o.get("summary_by").isJsonNull());
        JsonArray rows = o.getAsJsonArray("syscalls");
        assertEquals(2, rows.size());
        JsonObject read = rows.get(0).getAsJsonObject();
        assertEquals("read", read.get("syscall").getAsString());
        assertEquals(3, read.get("calls").getAsLong());
        assertEquals(1, read.get("errors").getAsLong());
        assertEquals(73.33, read.get("time_percent").getAsDouble());
        assertEquals(33_000, read.get("total_ns").getAsLong());
        assertEquals(1000, read.get("min_ns").getAsLong());
        assertEquals(30_000, read.get("max_ns").getAsLong());
        assertEquals(11_000, read.get("avg_ns").getAsLong());
        assertEquals(330_000, read.get("wall_total_ns").getAsLong());
        assertEquals(10_000, read.get("wall_min_ns").getAsLong());
        assertEquals(300_000, read.get("wall_max_ns").getAsLong());
        assertEquals(110_000, read.get("wall_avg_ns").getAsLong());
        assertEquals(2000, read.getAsJsonObject("percentiles_ns").get("p50").getAsLong(), 20);
        assertEquals(30_000, read.getAsJsonObject("percentiles_ns").get("p99").getAsLong());
        assertEquals("{\"EAGAIN\":1}", read.get("errnos").toString());
        assertEquals("{}", rows.get(1).getAsJsonObject().get("errnos").toString());
        JsonObject t = o.getAsJsonObject("total");
        assertEquals(5, t.get("calls").getAsLong());
        assertEquals(45_000, t.get("total_ns").getAsLong());
        assertEquals(9000, t.get("avg_ns").getAsLong());
        assertEquals(1000, t.get("min_ns").getAsLong());
        assertEquals(450_000, t.get("wall_total_ns").getAsLong());
        assertEquals(30_000, t.getAsJsonObject("percentiles_ns").get("p99").getAsLong());
        assertEquals("{\"EAGAIN\":1}", t.get("errnos").toString());
        // each figure the text shows
        assertEquals(SummaryTable.fixed6(33_000 / 1e9), "0.000033");
        assertTrue(text.contains(" " + SummaryTable.fixed6(read.getAsJsonObject("percentiles_ns").get("p50").getAsLong() / 1e9) + " "));
    }

    @Test
    void jsonAndCsvPerThread() {
        Counts a = counts(), b = new Counts(true, true, true);
        b.add(1, 9000, 90_000, true, 28);
        Summary.Scope one = new Summary.Scope(101, 100, "a,b\"c", a), two = new Summary.Scope(102, 100, "tab\there", b);
        List<Summary.Table> tables = List.of(new Summary.Table(one, a.rows(), a.allLatency()),
                new Summary.Table(two, b.rows(), b.allLatency()));
        Counts all = counts();
        all.add(1, 9000, 90_000, true, 28);
        Summary.Table total = new Summary.Table(null, all.rows(), all.allLatency());
        Summary.Config config = config(Summary.By.THREAD);
        config.columns = SummaryTable.parseColumns("calls,p50-time");
        config.sortBy = SummaryTable.sortColumn("calls");

        JsonObject o = JsonParser.parseString(SummaryFormats.json(config, SummaryTable.comparator(config.sortBy), tables, total))
                .getAsJsonObject();
        assertEquals("thread", o.get("summary_by").getAsString());
        JsonArray threads = o.getAsJsonArray("threads");
        assertEquals(2, threads.size());
        assertEquals(101, threads.get(0).getAsJsonObject().get("tid").getAsInt());
        assertEquals(100, threads.get(0).getAsJsonObject().get("pid").getAsInt());
        assertEquals("a,b\"c", threads.get(0).getAsJsonObject().get("comm").getAsString());
        assertEquals("tab\there", threads.get(1).getAsJsonObject().get("comm").getAsString());
        assertEquals(6, o.getAsJsonObject("total").get("calls").getAsLong());
        assertEquals("{\"EAGAIN\":1,\"ENOSPC\":1}", o.getAsJsonObject("total").get("errnos").toString());
        assertTrue(!o.getAsJsonObject("total").has("wall_total_ns"), "no wall column, no wall figures");

        String csv = SummaryFormats.csv(config, SummaryTable.comparator(config.sortBy), tables, total);
        assertEquals(""
                + "tid,pid,comm,syscall,calls,errors,time_percent,total_ns,min_ns,max_ns,avg_ns,p50_ns,errnos\n"
                + "101,100,\"a,b\"\"c\",read,3,1,73.33,33000,1000,30000,11000," + a.rows().get(0).percentileNs(50) + ",EAGAIN:1\n"
                + "101,100,\"a,b\"\"c\",write,2,0,26.67,12000,5000,7000,6000," + a.rows().get(1).percentileNs(50) + ",\n"
                + "102,100,tab\there,write,1,1,100.00,9000,9000,9000,9000,9000,ENOSPC:1\n", csv);

        config.by = Summary.By.NONE;
        config.errnos = false;
        assertEquals(""
                + "syscall,calls,errors,time_percent,total_ns,min_ns,max_ns,avg_ns,p50_ns\n"
                + "read,3,1,61.11,33000,1000,30000,11000," + all.rows().get(0).percentileNs(50) + "\n"
                + "write,3,1,38.89,21000,5000,9000,7000," + all.rows().get(1).percentileNs(50) + "\n",
                SummaryFormats.csv(config, SummaryTable.comparator(config.sortBy), tables, total));
    }
}
