package jstrace;

import static jstrace.SamplesIT.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Command lines given to strace and to jstrace: the same exit status and the same messages on
 * stderr, in the same order (strace checks each option as it reads it, so the first bad word is the
 * one reported, and "must have PROG" comes after all of them). The accepted ones trace {@code true}
 * with -e trace=none (the one line "+++ exited with 0 +++"), or write the trace to /dev/null.
 */
class OptionSyntaxIT {
    @TempDir
    static Path dir;

    static List<String> commandLines() {
        return List.of(
                // empty items, numbers, personalities, classes, regular expressions in syscall sets
                "-e,mmap,mmap2 -o /dev/null true", "-e trace=,mmap -o /dev/null true", "-e trace=51 -e trace=none true",
                "-etrace=,,,read,, -o /dev/null true", "-e trace=mmap2@32 -o /dev/null true", "-e trace=mmap2@64 true",
                "-e trace=chdir@x32 -o /dev/null true", "-e trace=chdir@foo true", "-e trace=?chdir@foo true",
                "-e trace=", "-e trace=,", "-e trace=!", "-e trace=!,,", "-e trace=-1", "-e trace=0x", "-e trace=0y",
                "-e trace=32767", "-e trace=2147483648", "-e trace=4294967296", "-e trace=415", "-e trace=501",
                "-e trace=1,-1", "-e trace=1,!chdir", "-e trace=1,none", "-e trace=none,1", "-e trace=/non_syscall",
                "-e trace=%", "-e trace=%not_a_class", "-e trace=?32767,nonsense", "-e trace=nonsense,?/non_syscall",
                "-e trace=%FILE -o /dev/null true", "-e trace=%file,%net,desc -o /dev/null true", "-e trace=net", "-e trace=creds", "-e trace=stat,all -o /dev/null true",
                "-e trace=/+id", "-e trace=/(id", "-e trace=/[id", "-e trace=/a{1", "-e trace=/^(open|close)$ -o /dev/null true",
                "-e trace=/[[:digit:]] -o /dev/null true", "-e foo=bar", "--trace=foo=bar", "-e t=", "-e a=foo",
                "-e x=,", "-e v=!", "-e abbrev=none -e trace=none true", "--raw=all --verbose=none -e trace=none true",
                // inject and fault
                "-e inject=:", "-e fault=chdir::", "-e inject=chdir:when=3", "-e inject=,:error=1", "-e fault=,",
                "-e fault=chdir:when=0", "--inject=chdir:error=EIO -e trace=none true",
                // descriptor, signal, status, quiet, decode-fds sets
                "-e read=", "-e write=,", "-e read=-1", "-e read=!", "--read=x", "-e reads=1,, -o /dev/null true",
                "-e signal=", "-e signal=,", "-e signal=SIGFOO", "-e signal=256", "-e signals=rt_1,SIGrtmin,255 -e trace=none true",
                "--signal=hup -e trace=none true", "-e status=foo", "--status=", "-e status=!failed -e trace=none true",
                "--quiet -e trace=none true", "--quiet=foo", "--silent=exit -e trace=none true", "-e silence=x",
                "--silence=exits -e trace=none true", "-q -e quiet=all -e trace=none true", "--quiet=all -q true",
                "--decode-fds=foo", "-e decode-fd=", "-e decode-fd=socket,pidfd -e trace=none true",
                "--decode-fds -e trace=none true", "-y --decode-fds=path true", "--decode-fds -y true",
                "--strings-in-hex=foo", "--strings-in-hex=non-ascii-chars -e trace=none true",
                "-x --strings-in-hex=none true", "--strings-in-hex=none -x true", "-xxx -e trace=none true",
                // the order of the checks
                "-e trace=foo --bogus", "--bogus -e trace=foo", "-e trace=foo -p 0", "-p 0 -e trace=foo",
                "-e trace=foo -h", "-h -e trace=foo", "-V -e trace=foo", "-e trace=foo -V", "-V --bogus",
                "-tt --absolute-timestamps", "-tt --absolute-timestamps true", "-D --daemonize", "-D --daemonize true",
                "-DDDD true", "-DDDD", "-c -C", "-C -c true", "-cc -e trace=none true", "-w true", "-U calls true",
                "-ff -c true", "-f --follow-forks true", "--follow-forks -ff true", "--output-separately -ff true",
                "--output-separately -c true", "-I 0 true", "-I 5 true", "-b clone", "-s -1", "-a x -e trace=foo",
                "-e trace=foo -a x",
                // warnings, then the trace
                "-F -e trace=none true", "-f -F -e trace=none true", "-z -Z -e trace=none true",
                "-S calls -e trace=none true", "-c -i -n -r -t -T -y -o /dev/null true", "-A -e trace=none true",
                "--output-separately -e trace=none true", "--daemonise=foo true",
                "--failing-only -e trace=none true", "--sil=exit -e trace=none true");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void sameAsStrace(String line) throws Exception {
        assumeTrue(SamplesIT.onPath("strace"), "strace not installed");
        List<String> args = List.of(line.split(" "));
        SamplesIT.Result s = run("strace", args);
        SamplesIT.Result j = run(SamplesIT.JSTRACE.toString(), args);
        String expected = s.stderr().replaceAll("(?m)^strace: ", "jstrace: ").replace("Try 'strace -h'", "Try 'jstrace -h'");
        assertEquals(expected, j.stderr(), "stderr");
        assertEquals(s.status(), j.status(), "exit status");
    }

    private static SamplesIT.Result run(String tracer, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(tracer);
        cmd.addAll(args);
        return SamplesIT.run(dir, null, cmd.toArray(String[]::new));
    }
}
