import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step (Maven generate-sources): turns the data in syscall-tables/ into Java.
 *
 *   syscall_64.tbl   -> jstrace.table.SyscallTable: number -> name, argument count, classes, decoder
 *   syscall_32.tbl   -> jstrace.table.SyscallTable32: the i386 names, and the x86_64 decoder that prints
 *                       each i386 call right (same name, arguments that are all scalars, strings or buffers)
 *   syscalls.sig     -> per-syscall classes, return kind and argument kinds; a decoder method is
 *                       generated from the kinds unless a hand-written one is marked @Decodes("name")
 *   xlat/*.xlat      -> jstrace.table.Xlats: one constant table per file
 *
 * Usage: java GenerateTables.java TABLES_DIR MAIN_SOURCES_DIR OUTPUT_DIR
 */
public class GenerateTables {
    /** A signature row: {@code args} are the argument kinds, {@code types} and {@code names} their C types and names. */
    record Sig(String name, String classes, String ret, List<String> args, List<String> types, List<String> names) {}
    record Method(String cls, String method, int params) {}

    static final Map<String, Method> decoders = new TreeMap<>();
    static final Map<String, Method> structs = new TreeMap<>();
    static final List<String> warnings = new ArrayList<>();

    public static void main(String[] a) throws IOException {
        Path tables = Path.of(a[0]), sources = Path.of(a[1]), out = Path.of(a[2], "jstrace", "table");
        Files.createDirectories(out);
        scanSources(sources.resolve("jstrace/decode"));
        Map<Integer, String> numbers = readTbl(tables.resolve("syscall_64.tbl"));
        Map<String, Sig> sigs = readSigs(tables.resolve("syscalls.sig"));
        Map<String, String> xlatJava = new TreeMap<>();
        try (Stream<Path> s = Files.list(tables.resolve("xlat"))) {
            for (Path p : s.sorted().toList()) {
                String f = p.getFileName().toString();
                if (f.endsWith(".xlat")) xlatJava.put(f.substring(0, f.length() - 5), xlat(p));
            }
        }
        write(out.resolve("Xlats.java"), xlatsClass(xlatJava));
        write(out.resolve("SyscallTable.java"), tableClass(numbers, sigs, xlatJava.keySet()));
        write(out.resolve("SyscallTable32.java"), i386Class(readTbl(tables.resolve("syscall_32.tbl")), numbers, sigs));
        for (String name : decoders.keySet()) {
            if (!numbers.containsValue(name)) warnings.add(name + ": @Decodes names no syscall of syscall_64.tbl");
        }
        // every finding fails the build unless generator-allow.txt accepts it (with its reason)
        java.util.Set<String> allowed = new java.util.TreeSet<>();
        Path allow = tables.resolve("generator-allow.txt");
        if (Files.exists(allow)) {
            for (String line : Files.readAllLines(allow)) {
                String l = line.replaceAll("#.*", "").strip();
                if (!l.isEmpty()) allowed.add(l.replaceAll("\\s+", " "));
            }
        }
        List<String> errors = new ArrayList<>();
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (String w : warnings) {
            String key = findingKey(w);
            seen.add(key);
            if (!allowed.contains(key)) errors.add(w);
        }
        for (String ok : allowed) if (!seen.contains(ok)) errors.add("generator-allow.txt: '" + ok + "' is found no more: remove it");
        if (!errors.isEmpty()) {
            for (String e : errors) System.err.println("GenerateTables: error: " + e);
            System.exit(1);
        }
    }

    /** "SYSCALL: KIND" of a finding, as generator-allow.txt lists it. */
    static String findingKey(String finding) {
        Matcher m = Pattern.compile("^(\\w+): no (?:struct printer|xlat table) (?:for )?'([^']*)'").matcher(finding);
        return m.find() ? m.group(1) + ": " + m.group(2) : finding;
    }

    // ---- sources: hand-written decoders and struct printers -------------------------------

    static void scanSources(Path dir) throws IOException {
        Pattern ann = Pattern.compile("@(Decodes|PrintsStruct)\\(\\{?([^)}]*)\\}?\\)\\s*(?:public\\s+)?static\\s+\\w+\\s+(\\w+)\\(([^)]*)\\)");
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(p);
                String rel = dir.getParent().relativize(p).toString();
                String cls = "jstrace." + rel.substring(0, rel.length() - 5).replace('/', '.');
                Matcher m = ann.matcher(text);
                while (m.find()) {
                    int params = m.group(4).isBlank() ? 0 : m.group(4).split(",").length;
                    for (String n : m.group(2).split(",")) {
                        String name = n.trim().replace("\"", "");
                        Map<String, Method> into = m.group(1).equals("Decodes") ? decoders : structs;
                        Method before = into.put(name, new Method(cls, m.group(3), params));
                        if (before != null) {
                            throw new IllegalStateException("two @" + m.group(1) + "(\"" + name + "\"): "
                                    + before.cls + "." + before.method + " and " + cls + "." + m.group(3));
                        }
                    }
                }
            }
        }
    }

    // ---- syscall table --------------------------------------------------------------------

    static Map<Integer, String> readTbl(Path p) throws IOException {
        Map<Integer, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(p)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] f = l.split("\\s+");
            if (f[1].equals("x32")) continue;
            m.put(Integer.parseInt(f[0]), f[2]);
        }
        return m;
    }

    /**
     * The argument kinds whose printing is the same for an i386 call (32-bit registers, cut as the
     * i386 kernel reads them): numbers, fds, flags, pointers, strings and flat buffers. Structs are
     * laid out otherwise in 32-bit mode (longs and pointers of 4 bytes), so a call with any other kind
     * is printed raw, its pointers as addresses.
     */
    static final java.util.Set<String> I386_SAME_KINDS = java.util.Set.of("int", "pid", "tid", "pgid", "pid_pgid", "uint",
            "long", "ulong", "size", "hex", "oct", "ptr", "fd", "dirfd", "path", "str", "uid", "gid", "mode", "signo",
            "signo_raw", "clockid", "flags", "xval", "flagsmode", "inbuf", "outbuf");

    /**
     * i386 calls whose x86_64 namesake takes other arguments though its kinds are all scalar: clone
     * swaps tls and child_tid. (Calls with a 64-bit loff_t, which i386 splits over two registers or
     * cuts to 32 bits, are left out by their type.)
     */
    static final java.util.Set<String> I386_OTHER_ARGUMENTS = java.util.Set.of("clone");

    static String i386Class(Map<Integer, String> numbers32, Map<Integer, String> numbers64, Map<String, Sig> sigs) {
        int max = numbers32.keySet().stream().mapToInt(i -> i).max().orElse(0);
        Map<String, Integer> by64 = new java.util.HashMap<>();
        numbers64.forEach((nr, name) -> by64.put(name, nr));
        StringBuilder names = new StringBuilder(), as64 = new StringBuilder(), same = new StringBuilder();
        for (int nr = 0; nr <= max; nr++) {
            String name = numbers32.get(nr);
            Integer nr64 = name == null ? null : by64.get(name);
            Sig sig = name == null ? null : sigs.get(name);
            boolean decoded = nr64 != null && sig != null && !decoders.containsKey(name) && !I386_OTHER_ARGUMENTS.contains(name)
                    && sig.types.stream().noneMatch(t -> t.equals("loff_t"))
                    && sig.args.stream().allMatch(k -> I386_SAME_KINDS.contains(k.split(":", 2)[0]));
            names.append(name == null ? "null" : '"' + name + '"').append(nr % 8 == 7 ? ",\n        " : ", ");
            as64.append(nr64 == null ? -1 : nr64).append(nr % 16 == 15 ? ",\n        " : ", ");
            same.append(decoded).append(nr % 16 == 15 ? ",\n        " : ", ");
        }
        return "package jstrace.table;\n\n"
                + "/** Generated from syscall-tables/syscall_32.tbl (and syscall_64.tbl, syscalls.sig) by src/build/java/GenerateTables.java. */\n"
                + "public final class SyscallTable32 {\n    private SyscallTable32() {}\n\n"
                + "    /** Highest known i386 syscall number. */\n    public static final int MAX = " + max + ";\n\n"
                + "    /** i386 names by number; null where the number is unassigned. */\n"
                + "    public static final String[] NAMES = {\n        " + names + "};\n\n"
                + "    /** The x86_64 call of the same name (its number), -1 where x86_64 has none. */\n"
                + "    public static final int[] X86_64 = {\n        " + as64 + "};\n\n"
                + "    /** Whether the x86_64 namesake's decoder prints the i386 call right (see GenerateTables.I386_SAME_KINDS). */\n"
                + "    public static final boolean[] DECODED = {\n        " + same + "};\n}\n";
    }

    static Map<String, Sig> readSigs(Path p) throws IOException {
        Map<String, Sig> m = new LinkedHashMap<>();
        if (!Files.exists(p)) return m;
        for (String line : Files.readAllLines(p)) {
            String l = line.replaceAll("#.*", "").strip();
            if (l.isEmpty()) continue;
            String[] f = l.split("\\s+", 4);
            List<String> args = new ArrayList<>(), types = new ArrayList<>(), names = new ArrayList<>();
            if (f.length > 3 && !f[3].strip().equals("-")) {
                for (String a : f[3].split(",")) {
                    String[] t = a.strip().split("\\s+");
                    if (t.length != 3) throw new IllegalStateException(p + ": " + f[0] + ": argument '" + a.strip() + "' is not TYPE NAME KIND");
                    if (!CUTS.containsKey(t[0])) throw new IllegalStateException(p + ": " + f[0] + ": unknown type '" + t[0] + "'");
                    types.add(t[0]);
                    names.add(t[1]);
                    args.add(t[2]);
                }
            }
            m.put(f[0], new Sig(f[0], f[1], f.length > 2 ? f[2] : "long", args, types, names));
        }
        return m;
    }

    /** How the tracer cuts a register to each argument type (SyscallTable.cut): 0 keep, 1 int, 2 unsigned int, 3 16 bits. */
    static final Map<String, Integer> CUTS = Map.ofEntries(
            Map.entry("int", 1), Map.entry("pid_t", 1), Map.entry("clockid_t", 1), Map.entry("key_t", 1), Map.entry("timer_t", 1),
            Map.entry("uint", 2), Map.entry("uid_t", 2), Map.entry("gid_t", 2), Map.entry("umode_t", 3),
            Map.entry("long", 0), Map.entry("loff_t", 0), Map.entry("ulong", 0), Map.entry("size_t", 0), Map.entry("ptr", 0));

    static boolean is32(String type) {
        int c = CUTS.get(type);
        return c == 1 || c == 2;
    }

    /** Syscall numbers per dispatch method (see tableClass). */
    static final int DISPATCH_CHUNK = 32;

    static String tableClass(Map<Integer, String> numbers, Map<String, Sig> sigs, java.util.Set<String> xlats) {
        int max = numbers.keySet().stream().mapToInt(i -> i).max().orElse(0);
        StringBuilder names = new StringBuilder(), nargs = new StringBuilder(), classes = new StringBuilder();
        StringBuilder roles = new StringBuilder(), argNames = new StringBuilder(), cuts = new StringBuilder();
        StringBuilder flagArgs = new StringBuilder(), constArgs = new StringBuilder();
        StringBuilder methods = new StringBuilder();
        // the dispatch switch in chunks of DISPATCH_CHUNK numbers, one method each: C1 inlines the small
        // generated decoders into the switch, and one switch of every syscall made a compilation whose
        // arena alone was ~7 MB of the tracer's peak RSS
        java.util.TreeMap<Integer, StringBuilder> dispatch = new java.util.TreeMap<>();
        for (int nr = 0; nr <= max; nr++) {
            String name = numbers.get(nr);
            Sig sig = name == null ? null : sigs.get(name);
            if (name != null && sig == null) warnings.add("no signature for " + name);
            names.append(name == null ? "null" : '"' + name + '"').append(nr % 8 == 7 ? ",\n        " : ", ");
            nargs.append(sig == null ? 6 : sig.args.size()).append(", ");
            classes.append(sig == null ? "0" : classBits(sig.classes)).append(",\n        ");
            roles.append(sig == null ? 0 : argRoles(sig.args)).append(nr % 16 == 15 ? ",\n        " : ", ");
            argNames.append(sig == null ? "null" : sig.names.isEmpty() ? "NONE"
                    : "{\"" + String.join("\", \"", sig.names) + "\"}").append(",\n        ");
            int cut = 0;
            for (int i = 0; sig != null && i < sig.types.size(); i++) cut |= CUTS.get(sig.types.get(i)) << (2 * i);
            cuts.append(cut).append(nr % 16 == 15 ? ",\n        " : ", ");
            int fl = 0;
            for (int i = 0; sig != null && i < sig.args.size(); i++) if (sig.args.get(i).startsWith("flags")) fl |= 1 << i;
            flagArgs.append(fl).append(nr % 16 == 15 ? ",\n        " : ", ");
            int cn = 0;
            for (int i = 0; sig != null && i < sig.args.size(); i++) {
                String k = sig.args.get(i);
                if (k.startsWith("xval") || k.equals("signo") || k.equals("clockid")) cn |= 1 << i;
            }
            constArgs.append(cn).append(nr % 16 == 15 ? ",\n        " : ", ");
            if (name == null) continue;
            Method hand = decoders.get(name);
            StringBuilder chunk = dispatch.computeIfAbsent(nr / DISPATCH_CHUNK, k -> new StringBuilder());
            if (hand != null) {
                chunk.append("            case ").append(nr).append(": return ").append(hand.cls).append('.')
                        .append(hand.method).append("(c);\n");
            } else if (sig != null) {
                chunk.append("            case ").append(nr).append(": return ").append(name).append("(c);\n");
                methods.append(signatureDecoder(sig, xlats));
            }
        }
        StringBuilder chunkCases = new StringBuilder(), chunkMethods = new StringBuilder();
        for (Map.Entry<Integer, StringBuilder> e : dispatch.entrySet()) {
            if (e.getValue().length() == 0) continue;
            chunkCases.append("            case ").append(e.getKey()).append(": return decode").append(e.getKey()).append("(nr, c);\n");
            chunkMethods.append("    private static int decode").append(e.getKey()).append("(int nr, Call c) {\n        switch (nr) {\n")
                    .append(e.getValue())
                    .append("            default: return jstrace.decode.Generic.unknown(c);\n        }\n    }\n\n");
        }
        return "package jstrace.table;\n\n"
                + "import jstrace.decode.Call;\nimport jstrace.decode.Print;\nimport jstrace.decode.SyscallClass;\n\n"
                + "/** Generated from syscall-tables/syscall_64.tbl and syscalls.sig by src/build/java/GenerateTables.java. */\n"
                + "public final class SyscallTable {\n    private SyscallTable() {}\n\n"
                + "    /** Highest known syscall number. */\n    public static final int MAX = " + max + ";\n\n"
                + "    /** Names by number; null where the number is unassigned. */\n"
                + "    public static final String[] NAMES = {\n        " + names + "};\n\n"
                + "    public static final byte[] NARGS = {\n        " + nargs + "};\n\n"
                + "    /** SyscallClass bits by number. */\n    public static final int[] CLASSES = {\n        " + classes + "};\n\n"
                + "    /** What each argument refers to (-P, --trace-fds): 4 bits per argument, ARG_FD, ARG_PATH, ARG_POLLFDS, ARG_FDSET;\n"
                + "     * and data (-e read=/write=): ARG_BUFFER, ARG_IOVEC, ARG_MSGHDR, ARG_MMSGHDR, whose length or count is the next argument. */\n"
                + "    public static final int ARG_FD = 1, ARG_PATH = 2, ARG_POLLFDS = 3, ARG_FDSET = 4, ARG_BUFFER = 5, ARG_IOVEC = 6,\n"
                + "            ARG_MSGHDR = 7, ARG_MMSGHDR = 8;\n"
                + "    public static final int[] ARG_ROLES = {\n        " + roles + "};\n\n"
                + "    private static final String[] NONE = {};\n\n"
                + "    /** Argument names by number (syscalls.sig: the man page's, as strace -N prints them); null where unassigned. */\n"
                + "    public static final String[][] ARG_NAMES = {\n        " + argNames + "};\n\n"
                + "    /** How each argument's register is cut to its type, 2 bits per argument: 0 keep, 1 int, 2 unsigned int, 3 16 bits. */\n"
                + "    private static final int[] ARG_CUTS = {\n        " + cuts + "};\n\n"
                + "    /** Which registers hold a flag set (bit i: argument i), for writers that show flags as a list. */\n"
                + "    public static final byte[] FLAG_ARGS = {\n        " + flagArgs + "};\n\n"
                + "    /** Which registers hold a named constant (xval, signal, clock), likewise. */\n"
                + "    public static final byte[] CONSTANT_ARGS = {\n        " + constArgs + "};\n\n"
                + "    /** Cuts the argument registers of call {@code nr} to their types, as the kernel reads them. */\n"
                + "    public static void cut(int nr, long[] args) {\n"
                + "        if (nr < 0 || nr > MAX) return;\n"
                + "        for (int i = 0, c = ARG_CUTS[nr]; c != 0; i++, c >>>= 2) {\n"
                + "            switch (c & 3) {\n"
                + "                case 1: args[i] = (int) args[i]; break;\n"
                + "                case 2: args[i] &= 0xffffffffL; break;\n"
                + "                case 3: args[i] &= 0xffffL; break;\n"
                + "                default: break;\n"
                + "            }\n        }\n    }\n\n"
                + "    /** Decodes one call (entry or exit); returns Call.DONE / RET_* bits. */\n"
                + "    public static int decode(int nr, Call c) {\n        switch (nr / " + DISPATCH_CHUNK + ") {\n" + chunkCases
                + "            default: return jstrace.decode.Generic.unknown(c);\n        }\n    }\n\n"
                + chunkMethods + methods + "}\n";
    }

    /** ARG_ROLES of one syscall: the argument kinds that name a file (fd, dirfd, path, pollfd array, fd_set). */
    static int argRoles(List<String> args) {
        int roles = 0;
        for (int i = 0; i < args.size(); i++) {
            String k = args.get(i);
            int role = k.equals("fd") || k.equals("dirfd") ? 1 : k.equals("path") ? 2 : k.startsWith("pollfd:") ? 3
                    : k.equals("inout:fdset:0") ? 4
                    // data buffers (-e read=/write= dumps): their length or count is the next argument
                    : k.startsWith("inbuf:") || k.startsWith("outbuf:") ? 5
                    : k.startsWith("iovec_in:") || k.startsWith("iovec_out:") ? 6
                    : k.endsWith(":msghdr") ? 7 : k.contains(":mmsghdr") ? 8 : 0;
            roles |= role << (4 * i);
        }
        return roles;
    }

    static String classBits(String cl) {
        if (cl.equals("-")) return "0";
        StringBuilder b = new StringBuilder();
        for (String c : cl.split(",")) {
            if (b.length() > 0) b.append(" | ");
            b.append("SyscallClass.").append(c.strip().toUpperCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** A decoder from argument kinds: entry arguments up to the first one printed at exit. */
    static String signatureDecoder(Sig sig, java.util.Set<String> xlats) {
        List<String> entry = new ArrayList<>(), exit = new ArrayList<>();
        boolean atExit = false;
        for (int i = 0; i < sig.args.size(); i++) {
            String k = sig.args.get(i);
            if (k.equals("unused")) continue; // a register strace does not print (preadv2's pos_h)
            if (!atExit && printedAtExit(k)) {
                atExit = true;
                // strace ends the entry part with the separator: "read(3, " ... "<... read resumed>\"data\""
                String code = argCode(sig.name, k, sig.types.get(i), i, xlats);
                if (code.startsWith("c.sep(); ")) {
                    entry.add("c.sep();");
                    code = code.substring("c.sep(); ".length());
                }
                exit.add(code);
                continue;
            }
            (atExit ? exit : entry).add(argCode(sig.name, k, sig.types.get(i), i, xlats));
        }
        if (sig.ret.startsWith("xval:")) {
            // a result naming a constant: "= 0 (SCHED_OTHER)", as strace's xlookup into auxstr
            String table = sig.ret.substring("xval:".length());
            if (!xlats.contains(table)) throw new IllegalStateException(sig.name + ": no xlat table '" + table + "'");
            exit.add("if (!c.failed) c.retText = Xlats." + table.toUpperCase(Locale.ROOT) + "().lookup(c.rval);");
        }
        String ret = sig.ret.startsWith("xval:") ? "Call.RET_STR" : switch (sig.ret) {
            case "hex" -> "Call.RET_HEX";
            case "oct" -> "Call.RET_OCT";
            case "ulong" -> "Call.RET_UDEC";
            case "fd" -> "Call.RET_FD";
            case "pid" -> "Call.RET_PID";
            case "tid" -> "Call.RET_PID | Call.PID_TID";
            case "pgid" -> "Call.RET_PID | Call.PID_PGID";
            case "sid" -> "Call.RET_PID | Call.PID_SID";
            case "noreturn" -> "Call.RET_NONE";
            default -> "0";
        };
        StringBuilder m = new StringBuilder("    static int ").append(sig.name).append("(Call c) {\n");
        if (exit.isEmpty()) {
            m.append(join(entry, "        ")).append("        return Call.DONE | ").append(ret).append(";\n");
        } else {
            m.append("        if (!c.exiting) {\n").append(join(entry, "            "));
            m.append("            return 0;\n        }\n").append(join(exit, "        "));
            m.append("        return ").append(ret).append(";\n");
        }
        return m.append("    }\n\n").toString();
    }

    static String join(List<String> code, String indent) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < code.size(); i++) {
            b.append(indent).append(code.get(i));
            b.append(i + 1 < code.size() || code.get(i).isEmpty() ? "" : "");
            b.append('\n');
        }
        return b.toString();
    }

    static boolean printedAtExit(String kind) {
        return kind.startsWith("out") || kind.startsWith("inout") || kind.startsWith("exit:") || kind.startsWith("iovec_out")
                || kind.startsWith("sockaddr_out") || kind.startsWith("dirents");
    }

    /** Java for printing argument {@code i} of kind {@code k}, preceded by a separator. */
    static String argCode(String sys, String k, String type, int i, java.util.Set<String> xlats) {
        String a = "c.args[" + i + "]";
        // bit sets and hex of a 32-bit argument: its unsigned value (a negative int is cut sign-extended)
        if (is32(type) && (k.startsWith("flags") || k.startsWith("xval") || k.equals("hex") || k.equals("oct"))) {
            a = "(" + a + " & 0xffffffffL)";
        }
        String sep = i == 0 ? "" : "c.sep(); ";
        String[] p = k.split(":", 2);
        String kind = p[0], param = p.length > 1 ? p[1] : null;
        String body = switch (kind) {
            case "int", "signo_raw" -> "Print.sint(c, " + a + ");";
            case "pid" -> "Print.pid(c, " + a + ");";
            case "tid" -> "Print.pid(c, " + a + ", jstrace.decode.PidNamespaces.Kind.TID);";
            case "pgid" -> "Print.pid(c, " + a + ", jstrace.decode.PidNamespaces.Kind.PGID);";
            case "pid_pgid" -> "Print.pidOrGroup(c, " + a + ");";
            case "uint" -> "Print.uint(c, " + a + ");";
            case "long" -> "Print.slong(c, " + a + ");";
            case "ulong", "size" -> "Print.ulong(c, " + a + ");";
            case "hex" -> "Print.hex(c, " + a + ");";
            case "oct" -> "Print.oct(c, " + a + ");";
            case "ptr" -> "Print.ptr(c, " + a + ");";
            case "fd" -> "Print.fd(c, " + a + ");";
            case "dirfd" -> "Print.dirfd(c, " + a + ");";
            case "path" -> "Print.path(c, " + a + ");";
            case "str" -> "Print.str(c, " + a + ");";
            case "uid", "gid" -> "Print.id(c, " + a + ");";
            case "mode" -> "Print.mode(c, " + a + ");";
            case "mode_type" -> "jstrace.decode.StatStructs.mode(c, " + a + ");";
            case "dev" -> "jstrace.decode.StatStructs.makedev(c.out, " + a + ");";
            case "signo" -> "jstrace.decode.Signals.print(c, " + a + ");";
            case "clockid" -> xlats.contains("clocknames") ? "Print.xval(c, Xlats.CLOCKNAMES(), " + a + ");" : "Print.sint(c, " + a + ");";
            case "flags", "xval" -> {
                if (param == null || !xlats.contains(param)) {
                    warnings.add(sys + ": no xlat table '" + param + "', printed as hex");
                    yield "Print.hex(c, " + a + ");";
                }
                yield "Print." + kind + "(c, Xlats." + param.toUpperCase(Locale.ROOT) + "(), " + a + ");";
            }
            case "flagsmode", "shmflagsmode" -> {
                if (param == null || !xlats.contains(param)) throw new IllegalStateException(sys + ": no xlat table '" + param + "'");
                // shmget's flags also hold the huge page size (SHM_HUGE_SHIFT = 26)
                yield "Print.flagsMode(c, Xlats." + param.toUpperCase(Locale.ROOT) + "(), " + a + ", "
                        + (kind.equals("shmflagsmode") ? 26 : 0) + ");";
            }
            case "inbuf" -> "Print.buf(c, " + a + ", c.args[" + param + "]);";
            case "outbuf" -> "if (c.failed) Print.ptr(c, " + a + "); else Print.buf(c, " + a + ", "
                    + ("ret".equals(param) ? "c.rval" : "c.args[" + param + "]") + ");";
            default -> structCode(sys, kind, param, a);
        };
        return sep + body;
    }

    static String structCode(String sys, String kind, String param, String a) {
        String name = param == null ? kind : param;
        boolean exitKind = kind.equals("out") || kind.equals("inout");
        String lenArg = null;
        if (!kind.equals("in") && !exitKind && !kind.equals("exit")) {
            // kinds like sigset:N, pollfd:N: struct NAME with the length in argument N
            name = kind;
            lenArg = param;
        } else if (name.contains(":")) {
            String[] q = name.split(":", 2);
            name = q[0];
            lenArg = q[1];
        }
        Method m = structs.get(name);
        if (m == null) {
            warnings.add(sys + ": no struct printer for '" + name + "', printed as an address");
            return "Print.ptr(c, " + a + ");";
        }
        String call = m.cls + "." + m.method + "(c, " + a
                + (m.params >= 3 ? ", " + (lenArg == null ? "0" : lenArg.equals("ret") ? "c.rval" : "c.args[" + lenArg + "]") : "") + ");";
        return exitKind ? "if (c.failed) Print.ptr(c, " + a + "); else " + call : call;
    }

    // ---- constant tables ----------------------------------------------------------------

    /**
     * One table: "NAME VALUE [TEXT]" lines in print order; "#type flags" makes a flag set, "#unknown
     * NAME_???" names values without a name (strace's default string); a bare "#unknown" prints them
     * as numbers with no comment (strace's IPC keys).
     */
    static String xlat(Path p) throws IOException {
        String name = p.getFileName().toString().replace(".xlat", "");
        boolean flags = false;
        List<String> names = new ArrayList<>(), values = new ArrayList<>(), texts = new ArrayList<>();
        boolean anyText = false;
        String unknown = null;
        for (String line : Files.readAllLines(p)) {
            String l = line.strip();
            if (l.startsWith("#type")) {
                flags = l.contains("flags");
                continue;
            }
            if (l.startsWith("#unknown")) {
                unknown = '"' + l.substring("#unknown".length()).strip() + '"';
                continue;
            }
            if (l.isEmpty() || l.startsWith("#")) continue;
            // a name with spaces in it ("1 << IDE_NICE_0", as strace prints it) is written in double quotes
            String[] f = l.startsWith("\"") ? quotedName(l) : l.split("\\s+", 3);
            names.add('"' + f[0] + '"');
            values.add(cLiteral(f[1]) + "L");
            String text = f.length > 2 ? f[2].strip() : null;
            anyText |= text != null;
            texts.add(text == null ? "null" : '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return "new Xlat(\"" + name + "\", " + flags + ",\n            new String[] {" + String.join(", ", names)
                + "},\n            new long[] {" + String.join(", ", values) + "},\n            "
                + (anyText ? "new String[] {" + String.join(", ", texts) + "}" : "null") + ", " + unknown + ")";
    }

    /** A table line whose name is in double quotes: the name, then the rest split as usual. */
    static String[] quotedName(String l) {
        int end = l.indexOf('"', 1);
        String[] rest = l.substring(end + 1).strip().split("\\s+", 2);
        return rest.length > 1 ? new String[] {l.substring(1, end), rest[0], rest[1]}
                : new String[] {l.substring(1, end), rest[0]};
    }

    static long cLiteral(String s) {
        boolean neg = s.startsWith("-");
        String v = neg ? s.substring(1) : s;
        v = v.replaceAll("[uUlL]+$", "");
        long r;
        if (v.startsWith("0x") || v.startsWith("0X")) r = Long.parseUnsignedLong(v.substring(2), 16);
        else if (v.length() > 1 && v.startsWith("0")) r = Long.parseUnsignedLong(v.substring(1), 8);
        else r = Long.parseUnsignedLong(v);
        return neg ? -r : r;
    }

    static String xlatsClass(Map<String, String> xlats) {
        StringBuilder b = new StringBuilder("package jstrace.table;\n\nimport jstrace.decode.Xlat;\n\n"
                + "/** Generated from syscall-tables/xlat/*.xlat by src/build/java/GenerateTables.java. */\n"
                + "public final class Xlats {\n    private Xlats() {}\n\n"
                + "    // each table in a holder class of its own: built on first use, not all at start-up\n\n");
        for (Map.Entry<String, String> e : xlats.entrySet()) {
            String name = e.getKey().toUpperCase(Locale.ROOT);
            b.append("    public static Xlat ").append(name).append("() {\n        return T_").append(name)
                    .append(".T;\n    }\n\n    private static final class T_").append(name)
                    .append(" {\n        static final Xlat T = ").append(e.getValue()).append(";\n    }\n\n");
        }
        return b.append("}\n").toString();
    }

    static void write(Path p, String text) throws IOException {
        if (Files.exists(p) && Files.readString(p).equals(text)) return;
        Files.writeString(p, text);
    }
}
