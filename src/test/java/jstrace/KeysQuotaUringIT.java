package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * quotactl/quotactl_fd (QCMD and each command's structs), keyctl/add_key/request_key (key serials,
 * per-command arguments) and io_uring_setup/io_uring_register (params, per-opcode arguments): the
 * keysquota sample traced by jstrace must print what strace prints, under each -X style, -v and -y,
 * and the decoded forms must appear (not the addresses the signature-generated decoders printed).
 */
class KeysQuotaUringIT {
    private static final String CALLS = "quotactl,quotactl_fd,keyctl,add_key,request_key,io_uring_setup,io_uring_register";

    @TempDir
    Path tmp;

    static Stream<List<String>> options() {
        return Stream.of(List.of(), List.of("-v"), List.of("-X", "raw"), List.of("-X", "verbose"), List.of("-y"),
                List.of("-s", "2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void sameAsStrace(List<String> options) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "no /usr/bin/strace to compare with");
        assertEquals(trace(List.of("/usr/bin/strace", "-o"), options), trace(List.of("-o"), options));
    }

    @Test
    void decoded() throws Exception {
        String text = String.join("\n", trace(List.of("-o"), List.of()));
        assertTrue(text.contains("quotactl(QCMD(Q_QUOTAON, USRQUOTA), \"/dev/jstrace-none\", QFMT_VFS_V1, \"/tmp/jstrace-none\")"), text);
        assertTrue(text.contains("quotactl(QCMD(Q_SETINFO, PRJQUOTA), NULL, {dqi_bgrace=0, dqi_igrace=0, dqi_flags=0, dqi_valid=0})"), text);
        assertTrue(text.contains("keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0)"), text);
        assertTrue(text.contains("keyctl(KEYCTL_MOVE, -12345, KEY_SPEC_USER_KEYRING, 0, KEYCTL_MOVE_EXCL)"), text);
        assertTrue(text.contains("request_key(\"user\", \"jstrace-none\", NULL, 0)"), text);
        assertTrue(text.contains("fds=[0, -1, IORING_REGISTER_FILES_SKIP]"), text);
        assertTrue(text.contains("[[IO_WQ_BOUND]=4, [IO_WQ_UNBOUND]=8] => 0xADDR, 2)"), text);
    }

    /** The trace's lines, addresses masked and the padding before " = " dropped. */
    private List<String> trace(List<String> tracer, List<String> options) throws Exception {
        return SamplesIT.traceSample(tmp, "keysquota", CALLS, tracer, options).stream()
                .map(l -> l.replaceAll("\\) +=( |$)", ") =$1")).toList();
    }
}
