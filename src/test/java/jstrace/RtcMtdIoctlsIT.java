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
 * RTC ('p') and MTD ('M') ioctl structs: the rtcmtd sample traced by jstrace must print what strace
 * prints under -v, -X raw/verbose and -s, and the structs must be decoded (not their addresses).
 */
class RtcMtdIoctlsIT {
    @TempDir
    Path tmp;

    static Stream<List<String>> options() {
        return Stream.of(List.of(), List.of("-v"), List.of("-X", "raw"), List.of("-X", "verbose"), List.of("-s", "2"));
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
        assertTrue(text.contains("RTC_SET_TIME, {tm_sec=1, tm_min=2, tm_hour=3, tm_mday=4, tm_mon=5, tm_year=106, ...})"), text);
        assertTrue(text.contains("RTC_PARAM_SET, {param=RTC_PARAM_FEATURES, uvalue=1<<RTC_FEATURE_ALARM|1<<RTC_FEATURE_NEED_WEEK_DAY|0x100, index=2})"), text);
        assertTrue(text.contains("MEMWRITE, {start=0x1, len=0x2, ooblen=0x3, usr_data=0x4, usr_oob=0x5, mode=MTD_OPS_RAW})"), text);
        assertTrue(text.contains("MEMGETREGIONINFO, {regionindex=0x4})"), text);
    }

    /** The trace's lines, addresses masked. */
    private List<String> trace(List<String> tracer, List<String> options) throws Exception {
        return SamplesIT.traceSample(tmp, "rtcmtd", "ioctl", tracer, options);
    }
}
