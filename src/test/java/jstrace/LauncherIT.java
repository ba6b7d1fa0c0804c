package jstrace;

import static jstrace.SamplesIT.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/jstrace itself: the private environment copy and its removal on every way out, JAVA_HOME,
 * the JDK check, a read-only checkout, and the build's messages. Stand-in JDKs and maven (small
 * scripts) play the parts that are hard to break for real; jstrace is the real one where it runs.
 */
class LauncherIT {
    private static final Path REAL_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path tmp;
    /** TMPDIR for the launcher: whatever it leaves behind is here. */
    private Path tmpdir;

    @BeforeEach
    void privateTmpdir() throws Exception {
        tmpdir = Files.createDirectory(tmp.resolve("tmpdir"));
    }

    /** Read-only copies must be removable when the test does not run as root. */
    @org.junit.jupiter.api.AfterEach
    void writableAgain() throws Exception {
        new ProcessBuilder("chmod", "-R", "u+w", tmp.toString()).start().waitFor();
    }

    record Run(int status, String stdout, String stderr) {}

    /** Runs CMD with the test's environment changed by ENV (a null value removes the variable). */
    private Run run(Path launcher, Map<String, String> env, List<String> prefix, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(launcher.toString());
        cmd.addAll(Arrays.asList(args));
        Path out = tmp.resolve("stdout"), err = tmp.resolve("stderr");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("TMPDIR", tmpdir.toString());
        pb.environment().remove("JAVA_HOME");
        env.forEach((k, v) -> {
            if (v == null) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + cmd);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1), Files.readString(err, StandardCharsets.ISO_8859_1));
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        return run(SamplesIT.JSTRACE, env, List.of(), args);
    }

    private List<String> leftInTmpdir() throws Exception {
        try (Stream<Path> s = Files.list(tmpdir)) {
            return s.map(Path::toString).toList();
        }
    }

    private static Path script(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** A JDK directory: bin/java (the given script) and a release file of that version. */
    private Path fakeJdk(String name, String javaScript, String version) throws Exception {
        Path home = tmp.resolve(name);
        script(home.resolve("bin/java"), javaScript);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    /**
     * JAVA_HOME's java is the one run; the copy it is handed is mode 0600 in a 0700 directory, holds
     * the environment the tracee then sees, and is gone (directory too) when jstrace has run.
     */
    @Test
    void environmentCopyIsPrivateAndJstraceDeletesIt() throws Exception {
        Path facts = tmp.resolve("facts");
        Path home = fakeJdk("jdk", "#!/bin/sh\n"
                + "for a; do case $a in -Djstrace.environ=*) f=${a#*=} ;; esac; done\n"
                + "stat -c %a \"$f\" \"${f%/*}\" >" + facts + "\n"
                + "exec " + REAL_JAVA + " \"$@\"\n", "17.0.15");
        Run r = run(Map.of("JAVA_HOME", home.toString(), "JSTRACE_TEST_SECRET", "s3cret"), "-o", tmp.resolve("t").toString(), "env");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("600\n700\n", Files.readString(facts), "JAVA_HOME's java ran, and saw a private copy");
        assertTrue(r.stdout().contains("JSTRACE_TEST_SECRET=s3cret\n"), r.stdout());
        assertEquals(List.of(), leftInTmpdir());
    }

    @Test
    void javaHomePointingNowhere() throws Exception {
        Run r = run(Map.of("JAVA_HOME", tmp.resolve("nowhere").toString()), "true");
        assertEquals(1, r.status());
        assertEquals("jstrace: java not found in JAVA_HOME (" + tmp.resolve("nowhere/bin/java")
                + ") (set JAVA_HOME to a JDK 17+, or unset it to use java on PATH)\n", r.stderr());
        assertEquals(List.of(), leftInTmpdir());
    }

    @Test
    void noJavaOnPath() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("emptybin"));
        Run r = run(SamplesIT.JSTRACE, Map.of("PATH", empty.toString()), List.of("/bin/sh"), "true");
        assertEquals(1, r.status());
        assertEquals("jstrace: java not found (set JAVA_HOME or put a JDK 17+ on PATH)\n", r.stderr());
        assertEquals(List.of(), leftInTmpdir());
    }

    @Test
    void tooOldJdk() throws Exception {
        Path home = fakeJdk("jdk11", "#!/bin/sh\nexit 99\n", "11.0.2");
        Run r = run(Map.of("JAVA_HOME", home.toString()), "true");
        assertEquals(1, r.status());
        assertEquals("jstrace: " + home.resolve("bin/java") + " is Java 11.0.2; jstrace needs a JDK 17+ (set JAVA_HOME or put a JDK 17+ on PATH)\n",
                r.stderr());
        assertEquals(List.of(), leftInTmpdir());
    }

    /** A java that cannot be executed: the exec fails after the copy was made, and the launcher removes it. */
    @Test
    void javaThatCannotStart() throws Exception {
        Path home = fakeJdk("broken", "\177ELF not really\n", "17");
        Run r = run(Map.of("JAVA_HOME", home.toString()), "true");
        assertEquals(126, r.status(), r.stderr());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().contains(home.resolve("bin/java").toString()), r.stderr());
        assertEquals(List.of(), leftInTmpdir());
    }

    /** A copy of the built checkout: what the launcher reads (sources, for staleness) and runs. */
    private Path copyCheckout(boolean withJar) throws Exception {
        Path repo = Files.createDirectory(tmp.resolve("repo"));
        Files.createDirectory(repo.resolve("target"));
        List<String> cp = new ArrayList<>(List.of("cp", "-a"));
        for (String p : List.of("scripts", "pom.xml", "src", "syscall-tables")) cp.add(ROOT.resolve(p).toString());
        cp.add(repo.toString());
        assertEquals(0, new ProcessBuilder(cp).inheritIO().start().waitFor());
        if (withJar) {
            cp = new ArrayList<>(List.of("cp", "-a"));
            for (String p : List.of("jstrace.jar", "lib", "native")) cp.add(ROOT.resolve("target").resolve(p).toString());
            cp.add(repo.resolve("target").toString());
            assertEquals(0, new ProcessBuilder(cp).inheritIO().start().waitFor());
        }
        // sources newer than the jar: a writable checkout would be rebuilt
        Files.setLastModifiedTime(repo.resolve("pom.xml"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        return repo;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Not writable (as root, whom chmod does not stop: run as nobody): the jar is used as it is,
     * stale or not, and no build is attempted; with no jar, one line says what to do.
     */
    @Test
    void readOnlyCheckoutUsesItsJar() throws Exception {
        Path repo = copyCheckout(true);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(tmpdir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertEquals(0, new ProcessBuilder("chmod", "-R", "a-w,a+rX", repo.toString()).start().waitFor());
        List<String> as = root() ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
        Map<String, String> env = new java.util.HashMap<>();
        env.put("JSTRACE_NO_BUILD", null); // the launcher decides for itself here
        Run r = run(repo.resolve("scripts/jstrace"), env, as, "true");
        assertEquals(0, r.status(), r.stderr());
        assertFalse(r.stderr().contains("building"), r.stderr());
        assertTrue(r.stderr().endsWith("exit_group(0)                           = ?\n+++ exited with 0 +++\n"), r.stderr());
        assertEquals(List.of(), leftInTmpdir());

        Path bare = tmp.resolve("bare");
        assertEquals(0, new ProcessBuilder("cp", "-a", repo.toString(), bare.toString()).start().waitFor());
        assertEquals(0, new ProcessBuilder("chmod", "u+w", bare.resolve("target").toString()).start().waitFor());
        Files.delete(bare.resolve("target/jstrace.jar"));
        assertEquals(0, new ProcessBuilder("chmod", "-R", "a-w", bare.toString()).start().waitFor());
        r = run(bare.resolve("scripts/jstrace"), env, as, "true");
        assertEquals(1, r.status(), r.stderr());
        assertEquals("jstrace: " + bare.resolve("target/jstrace.jar") + " is missing and " + bare
                + " is not writable: build it there with 'mvn -B package'\n", r.stderr());
    }

    /** A maven that records how it was called, prints BODY and exits with STATUS. */
    private Path fakeMaven(String body, int status) throws Exception {
        Path bin = tmp.resolve("mvnbin");
        script(bin.resolve("mvn"), "#!/bin/sh\necho \"$MAVEN_OPTS\" \"$@\" >" + tmp.resolve("mvn-args") + "\n" + body + "\nexit " + status + "\n");
        return bin;
    }

    @Test
    void buildFailureIsSummarisedInPlainTextAndItsLogKept() throws Exception {
        Path repo = copyCheckout(false);
        Path bin = fakeMaven("printf '\\033[1;31m[ERROR]\\033[m Failed to execute goal compile: X.java:[3,1] error\\n'\n"
                + "printf '[ERROR] \\n[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.\\n\\033[0m\\033[0m'", 1);
        Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", bin + ":" + System.getenv("PATH")));
        env.put("JSTRACE_NO_BUILD", null);
        Run r = run(repo.resolve("scripts/jstrace"), env, List.of(), "true");
        assertEquals(1, r.status(), r.stderr());
        List<String> left = leftInTmpdir();
        assertEquals(1, left.size(), "the log is kept: " + left);
        assertEquals("jstrace: building " + repo.resolve("target/jstrace.jar") + " (first use or sources changed)...\n"
                + "jstrace: build failed:\n"
                + "[ERROR] Failed to execute goal compile: X.java:[3,1] error\n"
                + "jstrace: the full build log is " + left.get(0) + "\n", r.stderr());
        assertTrue(Files.readString(Path.of(left.get(0))).contains("To see the full stack trace"));
        String args = Files.readString(tmp.resolve("mvn-args"));
        assertTrue(args.contains("-B") && args.contains("-Dstyle.color=never") && args.contains("-Djansi.noreset=true"), args);
    }

    @Test
    void successfulBuildLeavesNoLog() throws Exception {
        Path repo = copyCheckout(false);
        Path target = repo.resolve("target");
        Path bin = fakeMaven("echo some maven output\ncp -a " + ROOT.resolve("target/jstrace.jar") + " " + ROOT.resolve("target/lib") + " "
                + ROOT.resolve("target/native") + " " + target, 0);
        Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", bin + ":" + System.getenv("PATH")));
        env.put("JSTRACE_NO_BUILD", null);
        Run r = run(repo.resolve("scripts/jstrace"), env, List.of(), "-o", tmp.resolve("t").toString(), "true");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("jstrace: building " + target.resolve("jstrace.jar") + " (first use or sources changed)...\n", r.stderr());
        assertTrue(Files.readString(tmp.resolve("t")).endsWith("+++ exited with 0 +++\n"));
        assertEquals(List.of(), leftInTmpdir());
    }
}
