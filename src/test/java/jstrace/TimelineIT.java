package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** --timeline=FILE: a Chrome Trace Event file as Perfetto reads it. */
class TimelineIT {
    static final Path ROOT = SamplesIT.ROOT;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<List<String>> commands() {
        return Stream.of(List.of(SamplesIT.SAMPLES + "/forktree"), List.of(SamplesIT.SAMPLES + "/threads"),
                List.of("sh", "-c", "ls / | wc -l; kill -USR1 $$"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void tracksNestAndForksFlow(List<String> command) throws Exception {
        SamplesIT.buildSamples();
        Path file = tmp.resolve("timeline.json"), text = tmp.resolve("text");
        List<String> args = new ArrayList<>(List.of("-f", "-o", text.toString(), "--timeline=" + file));
        args.addAll(command);
        SamplesIT.jstrace(ROOT, args.toArray(String[]::new));
        JsonNode events = JSON.readTree(file.toFile());
        assertTrue(events.isArray() && events.size() > 0);
        Map<String, List<JsonNode>> slices = new HashMap<>();
        Map<Integer, Double> processStart = new HashMap<>(), processEnd = new HashMap<>();
        Map<Long, JsonNode> flowStarts = new HashMap<>(), flowEnds = new HashMap<>();
        Set<Integer> named = new HashSet<>();
        for (JsonNode e : events) {
            String ph = e.get("ph").asText();
            int pid = e.get("pid").asInt(), tid = e.get("tid").asInt();
            double ts = e.get("ts").asDouble();
            switch (ph) {
                case "X" -> {
                    slices.computeIfAbsent(pid + "/" + tid, k -> new ArrayList<>()).add(e);
                    processStart.merge(pid, ts, Math::min);
                }
                case "M" -> {
                    if (e.get("name").asText().equals("process_name")) named.add(pid);
                }
                case "s" -> flowStarts.put(e.get("id").asLong(), e);
                case "f" -> flowEnds.put(e.get("id").asLong(), e);
                case "i" -> {
                    String n = e.get("name").asText();
                    if (n.equals("exit") || n.equals("killed")) processEnd.merge(pid, ts, Math::max);
                }
                default -> throw new AssertionError("unexpected phase " + ph + ": " + e);
            }
        }
        int calls = 0;
        for (Map.Entry<String, List<JsonNode>> track : slices.entrySet()) {
            List<JsonNode> l = new ArrayList<>(track.getValue());
            l.sort(Comparator.comparingDouble(x -> x.get("ts").asDouble()));
            calls += l.size();
            int pid = l.get(0).get("pid").asInt();
            assertTrue(named.contains(pid), "process " + pid + " has a name");
            double end = Double.NEGATIVE_INFINITY;
            for (JsonNode s : l) {
                double ts = s.get("ts").asDouble(), dur = s.get("dur").asDouble();
                assertTrue(dur >= 0, s.toString());
                // calls of one thread follow each other: nested properly means never overlapping
                assertTrue(ts >= end - 0.0005, "slice overlaps the previous one on track " + track.getKey() + ": " + s);
                end = ts + dur;
                Double death = processEnd.get(pid);
                assertNotNull(death, "process " + pid + " has an exit or killed instant");
                assertTrue(end <= death + 0.0005, "slice after its process ended: " + s);
            }
        }
        assertEquals(SamplesIT.read(text).stream().filter(l -> !l.matches("^\\d+ +(\\+\\+\\+|---|<\\.\\.\\.).*")).count(), calls,
                "a slice per call");
        // every fork has its arrow, ending on the child's track
        long forks = SamplesIT.read(text).stream().filter(l -> l.matches("^\\d+ +(clone|clone3|fork|vfork)\\(.*= \\d+$")
                || l.matches("^\\d+ +<\\.\\.\\. (clone|clone3|fork|vfork) resumed>.*= \\d+$")).count();
        assertEquals(forks, flowStarts.size(), "a flow per fork");
        for (Map.Entry<Long, JsonNode> f : flowStarts.entrySet()) {
            JsonNode end = flowEnds.get(f.getKey());
            assertNotNull(end, "flow " + f.getValue() + " ends");
            assertEquals(f.getValue().get("args").get("child").asInt(), end.get("tid").asInt());
            assertTrue(end.get("ts").asDouble() >= f.getValue().get("ts").asDouble(), "the child runs after the fork: " + end);
        }
    }

    /** A 10 000-call trace is a plain JSON document a parser reads at once. */
    @Test
    void largeTraceParses() throws Exception {
        Path file = tmp.resolve("timeline.json");
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, "-o", "/dev/null", "--timeline=" + file,
                "dd", "if=/dev/zero", "of=/dev/null", "bs=1", "count=5000");
        assertEquals(0, r.status(), r.stderr());
        long start = System.nanoTime();
        JsonNode events = JSON.readTree(file.toFile());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("TimelineIT: " + events.size() + " events parsed in " + ms + " ms");
        assertTrue(events.size() > 10_000, "events: " + events.size());
        assertFalse(events.get(0).isNull());
    }
}
