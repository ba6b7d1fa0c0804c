package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * -j / --json: NDJSON records, checked against docs/jstrace-events.schema.json and against the text
 * trace of the same run (--json=FILE writes both): one record per call line, arguments exactly as the
 * text shows them.
 */
class JsonOutputIT {
    static final Path ROOT = SamplesIT.ROOT;
    static final ObjectMapper JSON = new ObjectMapper();
    static JsonSchema schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSchema() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonNode doc = JSON.readTree(ROOT.resolve("docs/jstrace-events.schema.json").toFile());
        schema = factory.getSchema(doc);
    }

    /** The schema file is itself a valid 2020-12 schema. */
    @Test
    void schemaFileIsAValidSchema() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode doc = JSON.readTree(ROOT.resolve("docs/jstrace-events.schema.json").toFile());
        assertEquals(Set.of(), meta.validate(doc));
        // and it rejects what is not a record
        assertFalse(schema.validate(JSON.readTree("{\"type\":\"syscall\",\"pid\":1}")).isEmpty());
    }

    /** Every line of a file parses and is a record of the schema. */
    static List<JsonNode> records(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            JsonNode r = JSON.readTree(line);
            Set<ValidationMessage> errors = schema.validate(r);
            assertEquals(Set.of(), errors, "line " + n + " of " + file + ": " + line);
            out.add(r);
        }
        return out;
    }

    static Stream<List<String>> commands() {
        return Stream.of(List.of("ls", "-l", "/"), List.of("sh", "-c", "ls / | wc -l; head -1 /etc/passwd; exit 3"),
                List.of(SamplesIT.SAMPLES + "/threads"), List.of(SamplesIT.SAMPLES + "/forktree"),
                List.of(SamplesIT.SAMPLES + "/iovec"), List.of(SamplesIT.SAMPLES + "/killself"));
    }

    private static final Pattern PID_LINE = Pattern.compile("^(\\d+) +(.*)$");
    private static final Pattern RESUMED = Pattern.compile("^<\\.\\.\\. (\\w+) resumed>(.*)$");

    /** The text trace's calls per pid, each as one line (unfinished and resumed parts joined), in order. */
    static Map<Integer, List<String>> textCalls(List<String> lines) {
        Map<Integer, List<String>> calls = new LinkedHashMap<>();
        Map<Integer, String> pending = new HashMap<>();
        for (String l : lines) {
            Matcher m = PID_LINE.matcher(l);
            assertTrue(m.matches(), "a -f -o line without pid: " + l);
            int pid = Integer.parseInt(m.group(1));
            String rest = m.group(2);
            if (rest.startsWith("+++ ") || rest.startsWith("--- ")) continue;
            if (rest.endsWith(" <unfinished ...>")) {
                pending.put(pid, rest.substring(0, rest.length() - " <unfinished ...>".length()));
                continue;
            }
            Matcher r = RESUMED.matcher(rest);
            if (r.matches()) rest = pending.remove(pid) + r.group(2);
            calls.computeIfAbsent(pid, p -> new ArrayList<>()).add(rest.replaceAll("\\) +=", ") ="));
        }
        return calls;
    }

    /** A syscall record as the text would print it: name(args) = result. */
    static String line(JsonNode r) {
        StringBuilder b = new StringBuilder(r.get("name").asText()).append('(');
        int i = 0;
        for (JsonNode a : r.get("args")) {
            if (i++ > 0) b.append(", ");
            b.append(a.get("text").asText());
        }
        return b.append(") = ").append(r.get("finished").asBoolean() ? r.get("result").asText() : "?").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void oneRecordPerCallWithTheTextsArguments(List<String> command) throws Exception {
        SamplesIT.buildSamples();
        Path text = tmp.resolve("text"), json = tmp.resolve("json");
        List<String> args = new ArrayList<>(List.of("-f", "-o", text.toString(), "--json=" + json));
        args.addAll(command);
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, args.toArray(String[]::new));
        assertTrue(r.stderr().isEmpty() || !r.stderr().contains("Exception"), r.stderr());
        List<JsonNode> records = records(json);
        Map<Integer, List<String>> fromText = textCalls(SamplesIT.read(text));
        Map<Integer, List<String>> fromJson = new LinkedHashMap<>();
        Set<Long> ids = new java.util.HashSet<>();
        for (JsonNode rec : records) {
            if (!rec.get("type").asText().equals("syscall")) continue;
            assertTrue(ids.add(rec.get("id").asLong()), "one record per call id: " + rec);
            fromJson.computeIfAbsent(rec.get("pid").asInt(), p -> new ArrayList<>()).add(line(rec));
        }
        assertEquals(fromText.values().stream().mapToInt(List::size).sum(), ids.size(), "call records vs call lines");
        assertEquals(fromText, fromJson);
        // each process's life: created (but the first), exited or killed
        long created = records.stream().filter(x -> x.get("type").asText().equals("task_created")).count();
        long ended = records.stream().filter(x -> Set.of("exit", "killed", "vanished").contains(x.get("type").asText())).count();
        assertEquals(created + 1, ended, "tasks created and ended");
    }

    /** Typed values: numbers, strings as bytes, flags as names, structs as objects, fds with -y paths. */
    @Test
    void valuesAreTyped() throws Exception {
        Path json = tmp.resolve("json");
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, "-f", "-j", "-y", "-s", "4", "-o", json.toString(),
                "-e", "trace=openat,read,newfstatat,write", "sh", "-c", "head -c 10 /etc/passwd >/dev/null; printf '\\377\\376ab'");
        assertEquals(0, r.status(), r.stderr());
        List<JsonNode> recs = records(json);
        JsonNode open = recs.stream().filter(x -> x.path("name").asText().equals("openat")
                && x.get("args").get(1).get("value").asText().equals("/etc/passwd")).findFirst().orElseThrow();
        JsonNode dirfd = open.get("args").get(0), flags = open.get("args").get(2);
        assertEquals("dirfd", dirfd.get("name").asText());
        assertEquals("AT_FDCWD", dirfd.get("value").asText());
        assertEquals("flags", flags.get("kind").asText());
        assertTrue(flags.get("value").isArray());
        assertEquals("O_RDONLY", flags.get("value").get(0).asText());
        assertEquals(3, open.get("retval").asInt());
        assertTrue(open.get("result").asText().startsWith("3</etc/passwd>"), open.toString());
        JsonNode read = recs.stream().filter(x -> x.path("name").asText().equals("read")
                && x.get("args").get(0).path("path").asText().equals("/etc/passwd")).findFirst().orElseThrow();
        JsonNode buf = read.get("args").get(1);
        assertEquals(3, read.get("args").get(0).get("value").asInt());
        assertTrue(buf.get("truncated").asBoolean(), buf.toString());
        assertEquals(Files.readString(Path.of("/etc/passwd")).substring(0, 4), buf.get("value").asText());
        assertTrue(read.get("args").get(2).get("value").isNumber());
        JsonNode stat = recs.stream().filter(x -> x.path("name").asText().equals("newfstatat")).findFirst().orElseThrow();
        JsonNode st = stat.get("args").get(2).get("value");
        assertTrue(st.isObject() && st.get("st_size").isNumber(), stat.toString());
        // not UTF-8: one character per byte, marked so
        JsonNode write = recs.stream().filter(x -> x.path("name").asText().equals("write")
                && x.get("args").get(1).get("text").asText().startsWith("\"\\377")).findFirst().orElseThrow();
        assertEquals("bytes", write.get("args").get(1).get("encoding").asText());
        assertEquals("\u00ff\u00feab", write.get("args").get(1).get("value").asText());
        assertEquals("0x1", write.get("args").get(0).get("raw").asText());
        JsonNode failed = recs.stream().filter(x -> x.path("errno").isInt()).findFirst().orElse(null);
        if (failed != null) assertTrue(failed.get("retval").asLong() < 0);
    }

    /** -j alone: the records replace the text on stderr; the command's own output is untouched. */
    @Test
    void jsonOnStderrWithoutO() throws Exception {
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, "-j", "-e", "trace=write", "echo", "hi");
        assertEquals(0, r.status());
        assertEquals("hi\n", r.stdout());
        Path err = Files.writeString(tmp.resolve("err"), r.stderr());
        List<JsonNode> recs = records(err);
        assertTrue(recs.stream().anyMatch(x -> x.path("name").asText().equals("write")
                && x.get("args").get(1).get("value").asText().equals("hi\n")), r.stderr());
        assertEquals("exit", recs.get(recs.size() - 1).get("type").asText());
    }

    /** -ff -j -o FILE: one NDJSON file per process. */
    @Test
    void perProcessFiles() throws Exception {
        Path base = tmp.resolve("t");
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, "-ff", "-j", "-o", base.toString(), "sh", "-c", "/bin/true; exit 0");
        assertEquals(0, r.status(), r.stderr());
        List<Path> files;
        try (Stream<Path> s = Files.list(tmp)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("t.")).toList();
        }
        assertEquals(2, files.size(), files.toString());
        for (Path f : files) {
            int pid = Integer.parseInt(f.getFileName().toString().substring(2));
            for (JsonNode rec : records(f)) assertEquals(pid, rec.get("tgid").asInt(), rec.toString());
        }
    }
}
