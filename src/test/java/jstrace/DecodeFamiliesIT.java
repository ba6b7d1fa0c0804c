package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The struct printers of issue #4 and the ioctl request names of issue 14, one family per sample
 * program of scripts/samples/ (iovec, msghdr, epoll, timers, ..., ioctls, ioctlstructs, ioctls2): each sample is traced with {@code -e trace=<the family's calls>}, and the lines must
 * be the expected ones and, where strace is installed, strace's for the same program (both masked:
 * addresses, pids, ports, times that vary between runs, the padding before " = ").
 */
class DecodeFamiliesIT {
    static final Path ROOT = SamplesIT.ROOT;

    /** A map of the given name, value, name, value, ... (Map.of stops at ten pairs). */
    private static Map<String, String> pairs(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The calls traced per sample. */
    static final Map<String, String> CALLS = pairs(
            "iovec", "readv,writev,preadv,pwritev,preadv2,pwritev2,process_vm_readv,process_vm_writev",
            "msghdr", "sendmsg,recvmsg",
            "epoll", "epoll_ctl,epoll_wait,epoll_pwait,epoll_pwait2",
            "timers", "timerfd_settime,timerfd_gettime,timer_settime,timer_gettime,setitimer,getitimer,"
                    + "sigaltstack,waitid,getrusage",
            "misc", "times,utime,utimes,futimesat,sched_getparam,sched_setparam,sched_setscheduler,timer_create,"
                    + "mq_open,mq_getsetattr,mq_notify,get_robust_list,openat2,personality",
            "more", "sendmmsg,recvmmsg,capget,capset,sched_setattr,sched_getattr,msgget,shmget,semop,semtimedop,mbind,set_mempolicy,"
                    + "get_mempolicy,move_pages,migrate_pages,adjtimex,clock_adjtime",
            "prctl", "prctl,arch_prctl",
            "ioctls", "ioctl",
            "ioctlstructs", "ioctl",
            "ioctls2", "ioctl",
            "netlink", "socket,sendto,recvmsg",
            "netlink2", "socket,sendto",
            "netlink3", "socket,sendto",
            "extensible", "openat2,clone3,waitid,wait4,ioprio_get,ioprio_set,reboot,pkey_alloc,mbind,kexec_load,timerfd_create",
            "flagsets", "dup3,faccessat,setns,fsopen,inotify_init1,pidfd_open,fsmount,landlock_restrict_self,"
                    + "process_mrelease,process_madvise,splice,mincore,seccomp",
            "fdnames", "fchmod,faccessat2,pidfd_getfd,geteuid,getegid,sendfile",
            "ptracereq", "ptrace",
            "sysdecode", "mknod,mknodat,open,fanotify_mark,utimensat,mremap,remap_file_pages,msgget,msgsnd,msgrcv,msgctl,shmget,shmctl,semget,"
                    + "semctl,syslog",
            "sysdecode2", "mount,fsconfig,mount_setattr,landlock_create_ruleset,landlock_add_rule,memfd_create,nanosleep,"
                    + "clock_nanosleep,epoll_pwait2,mq_notify,mq_unlink,sched_getscheduler,sched_setaffinity,move_pages,"
                    + "fcntl,io_setup,io_submit,io_cancel,io_destroy",
            "bpf", "bpf",
            "perf", "perf_event_open",
            "sockets", "socket,sendto,setsockopt,getsockopt",
            "v4l2", "ioctl",
            "sockopts", "getsockopt,setsockopt",
            "ioctls3", "ioctl",
            "ldt", "set_thread_area,get_thread_area,modify_ldt",
            "kcmp", "kcmp,pidfd_getfd",
            "futexops", "futex",
            "clonepidfd", "clone");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void expectedLines(String sample) throws Exception {
        List<String> lines = trace(List.of("-o"), sample, List.of());
        assertEquals(hostIndependent(expected(sample)),
                hostIndependent(String.join("\n", lines.stream().map(DecodeFamiliesIT::mask).toList()) + "\n"));
    }

    /**
     * The lines whose results depend on the host (clock discipline state, NUMA nodes, the user, syslog's permissions and buffer size) are left out of
     * the fixed text comparison; sameAsStrace still compares them with strace on the same host.
     */
    private static String hostIndependent(String text) {
        // mount's error depends on the privileges (EPERM before the path is looked up)
        // a real bpf map (and so its info) needs CAP_BPF
        text = text.replaceAll("(?m)^bpf\\((BPF_MAP_CREATE, \\{.*jstrace_info|BPF_OBJ_GET_INFO_BY_FD).*\n", "");
        // the size the kernel writes back on E2BIG is its own sizeof(struct perf_event_attr)
        text = text.replaceAll("(?m)^perf_event_open\\(.* => .*\n", "");
        // thread areas need the kernel's 32-bit emulation (ENOSYS without it, a TLS entry with it)
        text = text.replaceAll("(?m)^[gs]et_thread_area\\(.*\n", "");
        return text.replaceAll("(?m)^(syslog|adjtimex|clock_adjtime|mbind|set_mempolicy|get_mempolicy|migrate_pages|move_pages|geteuid|getegid|mount)\\(.*\n", "");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("familiesAndOptions")
    void sameAsStrace(String sample, List<String> options) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "no /usr/bin/strace to compare with");
        String key = sample + " " + options;
        assumeFalse(KNOWN_BUGS.containsKey(key), () -> "known bug: " + KNOWN_BUGS.get(key));
        List<String> s = trace(List.of("/usr/bin/strace", "-o"), sample, options);
        List<String> j = trace(List.of("-o"), sample, options);
        assertEquals(s.stream().map(DecodeFamiliesIT::mask).toList(), j.stream().map(DecodeFamiliesIT::mask).toList());
    }

    /**
     * A string that runs into an unmapped page before its NUL is printed as its address, and jstrace warns on
     * stderr as strace does ("umovestr: short read (N < MAX) @ADDR: Bad address"); one that ends in time, or
     * one with nothing readable, gets no warning.
     */
    @Test
    void stringCutByAnUnmappedPageIsWarnedOf() throws Exception {
        SamplesIT.buildSamples();
        Path out = tmp.resolve("strpage.trace");
        SamplesIT.Result j = SamplesIT.jstrace(ROOT, "-o", out.toString(), "-e", "trace=chdir", SamplesIT.SAMPLES + "/strpage");
        assertEquals(0, j.status(), j.stderr());
        List<String> warnings = j.stderr().lines().toList();
        assertEquals(2, warnings.size(), j.stderr());
        assertTrue(warnings.get(0).matches("jstrace: umovestr: short read \\(1 < 4096\\) @0x[0-9a-f]+fff: Bad address"), j.stderr());
        assertTrue(warnings.get(1).matches("jstrace: umovestr: short read \\(8 < 4096\\) @0x[0-9a-f]+ff8: Bad address"), j.stderr());
        List<String> lines = SamplesIT.read(out);
        assertTrue(lines.get(0).matches("chdir\\(0x[0-9a-f]+fff\\) += -1 EFAULT \\(Bad address\\)"), lines.get(0));
        assertTrue(lines.get(2).startsWith("chdir(\"xxx\")"), lines.get(2));
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "no /usr/bin/strace to compare with");
        Path sout = tmp.resolve("strpage.strace");
        SamplesIT.Result s = SamplesIT.run(ROOT, null, "/usr/bin/strace", "-o", sout.toString(), "-e", "trace=chdir",
                SamplesIT.SAMPLES + "/strpage");
        assertEquals(s.stderr().replaceAll("0x[0-9a-f]+", "0xADDR").replaceAll("(?m)^\\S*strace: ", "jstrace: "),
                j.stderr().replaceAll("0x[0-9a-f]+", "0xADDR"));
        assertEquals(SamplesIT.read(sout).stream().map(DecodeFamiliesIT::mask).toList(), lines.stream().map(DecodeFamiliesIT::mask).toList());
    }

    /** With -v, socket filter programs are decoded: setsockopt's SO_ATTACH_FILTER and getsockopt's SO_GET_FILTER. */
    @Test
    void socketFilterPrograms() throws Exception {
        List<String> lines = trace(List.of("-o"), "sockets", List.of("-v")).stream().filter(l -> l.matches("^[gs]etsockopt\\(.*")).toList();
        assertEquals("""
                getsockopt(3, SOL_SOCKET, SO_GET_FILTER, NULL, [4096 => 0]) = 0
                setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER, {len=13, filter=[BPF_STMT(BPF_LD|BPF_H|BPF_ABS, SKF_AD_OFF+SKF_AD_PROTOCOL), BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_NET_OFF+9), BPF_STMT(BPF_LD|BPF_W|BPF_ABS, SKF_LL_OFF+2), BPF_STMT(BPF_LDX|BPF_B|BPF_MSH, 0xe), BPF_STMT(BPF_LD|BPF_W|BPF_LEN, 0), BPF_STMT(BPF_ST, 0x3), BPF_STMT(BPF_STX, 0x4), BPF_STMT(BPF_ALU|BPF_X|BPF_ADD, 0), BPF_STMT(BPF_ALU|BPF_K|BPF_AND, 0xff), BPF_STMT(BPF_MISC|BPF_TAX, 0), BPF_JUMP(BPF_JMP|BPF_K|BPF_JGT, 0x3e8, 0x1, 0), BPF_STMT(BPF_RET|BPF_A, 0), BPF_STMT(BPF_RET|BPF_K, 0xffff)]}, 16) = 0
                getsockopt(3, SOL_SOCKET, SO_GET_FILTER, [BPF_STMT(BPF_LD|BPF_H|BPF_ABS, SKF_AD_OFF+SKF_AD_PROTOCOL), BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_NET_OFF+9), BPF_STMT(BPF_LD|BPF_W|BPF_ABS, SKF_LL_OFF+2), BPF_STMT(BPF_LDX|BPF_B|BPF_MSH, 0xe), BPF_STMT(BPF_LD|BPF_W|BPF_LEN, 0), BPF_STMT(BPF_ST, 0x3), BPF_STMT(BPF_STX, 0x4), BPF_STMT(BPF_ALU|BPF_X|BPF_ADD, 0), BPF_STMT(BPF_ALU|BPF_K|BPF_AND, 0xff), BPF_STMT(BPF_MISC|BPF_TAX, 0), BPF_JUMP(BPF_JMP|BPF_K|BPF_JGT, 0x3e8, 0x1, 0), BPF_STMT(BPF_RET|BPF_A, 0), BPF_STMT(BPF_RET|BPF_K, 0xffff)], [16 => 13]) = 0
                setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER, 0xADDR, 15) = -1 EINVAL (Invalid argument)
                """, String.join("\n", lines.stream().map(DecodeFamiliesIT::mask).toList()) + "\n");
    }

    static Stream<String> families() {
        return Stream.of("iovec", "msghdr", "epoll", "timers", "misc", "more", "prctl", "ioctls", "ioctlstructs", "netlink", "extensible", "flagsets", "fdnames", "ioctls2", "netlink2",
                "sysdecode", "sysdecode2", "bpf", "perf", "sockets", "netlink3", "v4l2", "sockopts", "ptracereq", "ioctls3", "ldt", "kcmp", "futexops", "clonepidfd");
    }

    static Stream<Arguments> familiesAndOptions() {
        List<List<String>> options = List.of(List.of(), List.of("-v"), List.of("-s", "4"), List.of("-x"),
                List.of("-xx", "-s", "0"), List.of("-y"), List.of("-X", "raw"), List.of("-X", "verbose"));
        return families().flatMap(f -> options.stream().map(o -> Arguments.of(f, o)));
    }

    /** Differences from strace outside these printers (reported as skipped with the reason). */
    static final Map<String, String> KNOWN_BUGS = Map.of();

    /** TRACER... FILE OPTIONS -e trace=CALLS target/samples/SAMPLE: the trace's lines. */
    private List<String> trace(List<String> tracer, String sample, List<String> options) throws Exception {
        SamplesIT.buildSamples();
        Path out = Files.createTempFile(tmp, sample, ".trace");
        List<String> cmd = new ArrayList<>(tracer);
        cmd.add(out.toString());
        cmd.addAll(options);
        cmd.add("-e");
        cmd.add("trace=" + CALLS.get(sample));
        cmd.add(SamplesIT.SAMPLES + "/" + sample);
        String[] args = cmd.toArray(String[]::new);
        assertTrue(Files.isExecutable(ROOT.resolve(SamplesIT.SAMPLES).resolve(sample)), sample + " was not built");
        boolean jstrace = tracer.get(0).equals("-o");
        SamplesIT.Result r = jstrace ? SamplesIT.jstrace(ROOT, args) : SamplesIT.run(ROOT, null, args);
        assertEquals(0, r.status(), String.join(" ", cmd) + ":\n" + r.stderr());
        if (jstrace) assertTrue(r.stderr().isEmpty(), "jstrace wrote to stderr:\n" + r.stderr());
        return SamplesIT.read(out);
    }

    private static final Pattern VARYING_TIMES = Pattern.compile("^(timerfd_gettime|timer_gettime|getitimer|waitid|getrusage|times|recvmmsg)\\(");

    private static final Pattern SYSV_IPC = Pattern.compile("^(msg|shm|sem)(get|snd|rcv|ctl)\\(");

    private static final Pattern TIMEX = Pattern.compile("^(adjtimex|clock_adjtime)\\(");

    /** What varies between two runs: addresses, pids, ports, inodes, times left and used; the padding before " = ". */
    static String mask(String line) {
        String l = line.replaceAll("0x[0-9a-f]{6,}", "0xADDR")
                .replaceAll("^(process_vm_(?:readv|writev))\\(\\d+", "$1(PID")
                .replaceAll("^waitid\\(([^,]+), \\d+", "waitid($1, PID")
                .replaceAll("^kcmp\\(\\d+, \\d+", "kcmp(PID, PID")
                .replaceAll("^(clone\\(.*\\)) += \\d+$", "$1 = PID")
                .replaceAll("si_pid=\\d+", "si_pid=PID")
                .replaceAll("sin_port=htons\\(\\d+\\)", "sin_port=htons(PORT)")
                .replaceAll("sin_port=\"(\\\\x[0-9a-f]{2}){2}\"( /\\* htons\\(\\d+\\) \\*/)?", "sin_port=PORT")
                .replaceAll("(pipe|socket|anon_inode):\\[\\d+\\]", "$1:[INO]")
                .replaceAll("jstrace-misc-[A-Za-z0-9]{6}", "jstrace-misc-XXXXXX")
                .replaceAll("sigev_notify_thread_id=\\d+", "sigev_notify_thread_id=PID")
                .replaceAll("^times\\((.*)\\) += \\d+$", "times($1) = N")
                .replaceAll("(\\{version=[^,]+, pid=)[1-9]\\d*", "$1PID")
                .replaceAll("\\{pid=\\d+, uid=", "{pid=PID, uid=") // SO_PEERCRED's struct ucred
                .replaceAll("sched_runtime=\\d+", "sched_runtime=N")
                .replaceAll("^(semop|semtimedop)\\(\\d+", "$1(SEMID")
                // netlink replies: the port id, the size of the interface's message and its state vary
                .replaceAll("nlmsg_pid=[1-9]\\d*", "nlmsg_pid=PID")
                .replaceAll("^(recvmsg\\(.*)nlmsg_len=\\d+(, nlmsg_type=(RTM_NEWLINK|0x10)[, ])", "$1nlmsg_len=N$2")
                .replaceAll("^(recvmsg\\(.*ifi_flags=)[^,]+", "$1FLAGS")
                .replaceAll("^ioprio_get\\(([^,]+), \\d+", "ioprio_get($1, PID")
                // a bpf map's id is the kernel's next free one
                .replaceAll("^(bpf\\(.*info=\\{type=[^,]+, id=)\\d+", "$1N");
        // SysV IPC: ids, times, pids, the highest index in use (IPC_INFO's result) vary
        if (SYSV_IPC.matcher(l).find()) {
            l = l.replaceAll("^(\\w+)\\(\\d+,", "$1(ID,").replaceAll("(time|pid)=\\d+", "$1=N").replaceAll("= \\d+$", "= N");
        }
        if (TIMEX.matcher(l).find()) l = l.replaceAll("([a-z_]+)=-?\\d+", "$1=N");
        Matcher m = VARYING_TIMES.matcher(l);
        if (m.find()) l = l.replaceAll("(tv_nsec|tv_usec|ru_[a-z]+|tms_[a-z]+|si_[us]time)=\\d+( /\\* [0-9.]+ s \\*/)?", "$1=N");
        return l.replaceAll("\\) +=( |$)", ") =$1");
    }

    static String expected(String sample) {
        return switch (sample) {
            case "iovec" -> """
                    writev(5, [{iov_base="hello", iov_len=5}, {iov_base="world\\n", iov_len=6}], 2) = 11
                    readv(4, [{iov_base="hellowor", iov_len=8}, {iov_base="ld\\n", iov_len=8}], 2) = 11
                    writev(5, 0x1, 1) = -1 EFAULT (Bad address)
                    readv(4, 0x1, 1) = -1 EFAULT (Bad address)
                    writev(5, [], 0) = 0
                    writev(5, NULL, 1) = -1 EFAULT (Bad address)
                    writev(5, [{iov_base="abc", iov_len=3}, ... /* 0xADDR */], 2) = -1 EFAULT (Bad address)
                    readv(4, [{iov_base=0xADDR, iov_len=8}], 1) = -1 EAGAIN (Resource temporarily unavailable)
                    writev(5, 0xADDR, 1) = -1 EFAULT (Bad address)
                    writev(5, [{iov_base="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"..., iov_len=64}], 1) = 64
                    writev(5, [{iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, {iov_base="z", iov_len=1}, ...], 40) = 40
                    pwritev(3, [{iov_base="hello", iov_len=5}, {iov_base="world\\n", iov_len=6}], 2, 0) = 11
                    preadv(3, [{iov_base="loworld\\n", iov_len=8}, {iov_base="", iov_len=8}], 2, 3) = 8
                    pwritev2(3, [{iov_base="hello", iov_len=5}], 1, 0, RWF_DSYNC) = 5
                    preadv2(3, [{iov_base="hellowor", iov_len=8}], 1, 0, 0) = 8
                    preadv(-1, [{iov_base=0xADDR, iov_len=8}, {iov_base=0xADDR, iov_len=8}], 2, 0) = -1 EBADF (Bad file descriptor)
                    process_vm_readv(PID, [{iov_base="hello", iov_len=5}], 1, [{iov_base=0xADDR, iov_len=5}], 1, 0) = 5
                    process_vm_writev(PID, [{iov_base="hello", iov_len=5}], 1, [{iov_base=0xADDR, iov_len=5}], 1, 0) = 5
                    process_vm_readv(PID, [{iov_base=0xADDR, iov_len=5}], 1, 0x1, 1, 0) = -1 EFAULT (Bad address)
                    +++ exited with 0 +++
                    """;
            case "msghdr" -> """
                    sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hi there", iov_len=8}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 8
                    recvmsg(4, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hi there", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 8
                    sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hi there", iov_len=8}], msg_iovlen=1, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}], msg_controllen=24, msg_flags=0}, MSG_DONTWAIT) = 8
                    recvmsg(4, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hi there", iov_len=16}], msg_iovlen=1, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[5]}], msg_controllen=24, msg_flags=MSG_CMSG_CLOEXEC}, MSG_CMSG_CLOEXEC) = 8
                    recvmsg(4, {msg_namelen=0}, MSG_DONTWAIT) = -1 EAGAIN (Resource temporarily unavailable)
                    sendmsg(3, 0x1, 0) = -1 EFAULT (Bad address)
                    recvmsg(4, 0x1, MSG_DONTWAIT) = -1 EFAULT (Bad address)
                    sendmsg(3, 0xADDR, 0) = -1 EFAULT (Bad address)
                    sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hi there", iov_len=8}], msg_iovlen=1, msg_control=0xADDR, msg_controllen=32, msg_flags=0}, 0) = -1 EFAULT (Bad address)
                    sendmsg(6, {msg_name={sa_family=AF_INET, sin_port=htons(PORT), sin_addr=inet_addr("127.0.0.1")}, msg_namelen=16, msg_iov=[{iov_base="hi there", iov_len=8}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 8
                    recvmsg(6, {msg_name={sa_family=AF_INET, sin_port=htons(PORT), sin_addr=inet_addr("127.0.0.1")}, msg_namelen=32 => 16, msg_iov=[{iov_base="hi there", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 8
                    +++ exited with 0 +++
                    """;
            case "epoll" -> """
                    epoll_ctl(3, EPOLL_CTL_ADD, 4, {events=EPOLLIN|EPOLLET, data={u32=3, u64=4294967299}}) = 0
                    epoll_ctl(3, EPOLL_CTL_ADD, 5, {events=EPOLLOUT, data={u32=5, u64=4294967301}}) = 0
                    epoll_wait(3, [{events=EPOLLOUT, data={u32=5, u64=4294967301}}], 4, 0) = 1
                    epoll_wait(3, [{events=EPOLLOUT, data={u32=5, u64=4294967301}}, {events=EPOLLIN, data={u32=3, u64=4294967299}}], 4, 0) = 2
                    epoll_pwait(3, [{events=EPOLLOUT, data={u32=5, u64=4294967301}}], 1, 0, [USR1], 8) = 1
                    epoll_pwait2(3, [{events=EPOLLOUT, data={u32=5, u64=4294967301}}], 4, {tv_sec=0, tv_nsec=1000}, [USR1], 8) = 1
                    epoll_ctl(3, EPOLL_CTL_MOD, 4, {events=EPOLLIN|EPOLLRDHUP|EPOLLONESHOT, data={u32=5, u64=4294967301}}) = 0
                    epoll_ctl(3, EPOLL_CTL_DEL, 5, 0xADDR) = 0
                    epoll_ctl(3, EPOLL_CTL_MOD, 4, 0x1) = -1 EFAULT (Bad address)
                    epoll_ctl(3, EPOLL_CTL_MOD, 4, 0xADDR) = -1 EFAULT (Bad address)
                    epoll_wait(3, 0x1, 4, 0) = -1 EFAULT (Bad address)
                    epoll_wait(-1, 0xADDR, 4, 0) = -1 EBADF (Bad file descriptor)
                    +++ exited with 0 +++
                    """;
            case "timers" -> """
                    timerfd_settime(3, 0, {it_interval={tv_sec=1, tv_nsec=500}, it_value={tv_sec=100, tv_nsec=0}}, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=0}}) = 0
                    timerfd_settime(3, 0, {it_interval={tv_sec=1, tv_nsec=500}, it_value={tv_sec=100, tv_nsec=0}}, NULL) = 0
                    timerfd_gettime(3, {it_interval={tv_sec=1, tv_nsec=N}, it_value={tv_sec=99, tv_nsec=N}}) = 0
                    timerfd_gettime(3, 0x1) = -1 EFAULT (Bad address)
                    timerfd_settime(3, 0, 0xADDR, NULL) = -1 EFAULT (Bad address)
                    timer_settime(0, TIMER_ABSTIME, {it_interval={tv_sec=1, tv_nsec=500}, it_value={tv_sec=100, tv_nsec=0}}, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=0}}) = 0
                    timer_gettime(0, {it_interval={tv_sec=1, tv_nsec=N}, it_value={tv_sec=0, tv_nsec=N}}) = 0
                    timer_settime(0, 0, 0x1, NULL) = -1 EFAULT (Bad address)
                    setitimer(ITIMER_VIRTUAL, {it_interval={tv_sec=0, tv_usec=250000}, it_value={tv_sec=100, tv_usec=0}}, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}) = 0
                    getitimer(ITIMER_VIRTUAL, {it_interval={tv_sec=0, tv_usec=N}, it_value={tv_sec=100, tv_usec=N}}) = 0
                    setitimer(ITIMER_VIRTUAL, {it_interval={tv_sec=0, tv_usec=250000}, it_value={tv_sec=0, tv_usec=0}}, NULL) = 0
                    getitimer(ITIMER_REAL, 0x1) = -1 EFAULT (Bad address)
                    setitimer(ITIMER_PROF, 0xADDR, NULL) = -1 EFAULT (Bad address)
                    sigaltstack({ss_sp=0xADDR, ss_flags=0, ss_size=8192}, {ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}) = 0
                    sigaltstack(NULL, {ss_sp=0xADDR, ss_flags=0, ss_size=8192}) = 0
                    sigaltstack({ss_sp=0xADDR, ss_flags=SS_DISABLE, ss_size=8192}, NULL) = 0
                    sigaltstack(0x1, NULL) = -1 EFAULT (Bad address)
                    sigaltstack(0xADDR, NULL) = -1 EFAULT (Bad address)
                    waitid(P_PID, PID, {}, WNOHANG|WEXITED, NULL) = 0
                    waitid(P_PID, PID, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=PID, si_uid=0, si_status=3, si_utime=N, si_stime=N}, WEXITED, {ru_utime={tv_sec=0, tv_usec=N}, ru_stime={tv_sec=0, tv_usec=N}, ...}) = 0
                    waitid(P_ALL, PID, 0xADDR, WEXITED, NULL) = -1 ECHILD (No child processes)
                    waitid(P_ALL, PID, 0x1, WEXITED, 0x1) = -1 EFAULT (Bad address)
                    getrusage(RUSAGE_SELF, {ru_utime={tv_sec=0, tv_usec=N}, ru_stime={tv_sec=0, tv_usec=N}, ...}) = 0
                    getrusage(RUSAGE_SELF, 0xADDR) = -1 EFAULT (Bad address)
                    +++ exited with 0 +++
                    """;
            case "misc" -> """
                    times({tms_utime=N, tms_stime=N, tms_cutime=N, tms_cstime=N}) = N
                    times(0x1) = -1 EFAULT (Bad address)
                    utime("f", {actime=1000000000 /* 2001-09-09T01:46:40+0000 */, modtime=1700000000 /* 2023-11-14T22:13:20+0000 */}) = 0
                    utime("f", NULL) = 0
                    utime("f", 0x1) = -1 EFAULT (Bad address)
                    utime("f", 0xADDR) = -1 EFAULT (Bad address)
                    utimes("f", [{tv_sec=1000000000, tv_usec=5} /* 2001-09-09T01:46:40.000005+0000 */, {tv_sec=1700000000, tv_usec=0} /* 2023-11-14T22:13:20+0000 */]) = 0
                    utimes("f", 0xADDR) = -1 EFAULT (Bad address)
                    futimesat(AT_FDCWD, "f", [{tv_sec=1000000000, tv_usec=5} /* 2001-09-09T01:46:40.000005+0000 */, {tv_sec=1700000000, tv_usec=0} /* 2023-11-14T22:13:20+0000 */]) = 0
                    futimesat(AT_FDCWD, "f", 0x1) = -1 EFAULT (Bad address)
                    sched_getparam(0, [0]) = 0
                    sched_setparam(0, [0]) = 0
                    sched_setscheduler(0, SCHED_OTHER, [0]) = 0
                    sched_getparam(0, 0x1) = -1 EFAULT (Bad address)
                    sched_setparam(0, 0xADDR) = -1 EFAULT (Bad address)
                    timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=42, sival_ptr=0x2a}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}, [0]) = 0
                    timer_create(CLOCK_REALTIME, {sigev_signo=10, sigev_notify=SIGEV_NONE}, [1]) = 0
                    timer_create(CLOCK_REALTIME, NULL, [2]) = 0
                    timer_create(CLOCK_REALTIME, 0x1, 0xADDR) = -1 EFAULT (Bad address)
                    timer_create(CLOCK_REALTIME, 0xADDR, 0xADDR) = -1 EFAULT (Bad address)
                    timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGALRM, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=PID}, 0x1) = -1 EFAULT (Bad address)
                    mq_open("jstrace-misc", O_RDWR|O_CREAT|O_EXCL, 0600, {mq_flags=0, mq_maxmsg=4, mq_msgsize=16, mq_curmsgs=0}) = 4
                    mq_open("jstrace-missing", O_RDONLY) = -1 ENOENT (No such file or directory)
                    mq_open("jstrace-misc2", O_RDWR|O_CREAT, 0600, 0x1) = -1 EFAULT (Bad address)
                    mq_getsetattr(4, {mq_flags=O_NONBLOCK, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, {mq_flags=0, mq_maxmsg=4, mq_msgsize=16, mq_curmsgs=0}) = 0
                    mq_getsetattr(4, NULL, {mq_flags=O_NONBLOCK, mq_maxmsg=4, mq_msgsize=16, mq_curmsgs=0}) = 0
                    mq_getsetattr(4, 0x1, 0xADDR) = -1 EFAULT (Bad address)
                    mq_getsetattr(4, NULL, 0xADDR) = -1 EFAULT (Bad address)
                    mq_notify(4, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_SIGNAL}) = 0
                    mq_notify(4, NULL) = 0
                    mq_notify(4, 0x1) = -1 EFAULT (Bad address)
                    get_robust_list(0, [0xADDR], [24]) = 0
                    get_robust_list(0, 0x1, 0xADDR) = -1 EFAULT (Bad address)
                    get_robust_list(0, 0xADDR, 0x1) = -1 EFAULT (Bad address)
                    openat2(AT_FDCWD, "f", {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_SYMLINKS}, 24) = 5
                    openat2(AT_FDCWD, "nonexistent/x", {flags=O_WRONLY|O_CREAT, mode=0640, resolve=RESOLVE_BENEATH|RESOLVE_IN_ROOT}, 24) = -1 EINVAL (Invalid argument)
                    openat2(AT_FDCWD, "f", 0xADDR, 8) = -1 EINVAL (Invalid argument)
                    openat2(AT_FDCWD, "f", 0x1, 24) = -1 EFAULT (Bad address)
                    openat2(AT_FDCWD, "f", 0xADDR, 24) = -1 EFAULT (Bad address)
                    personality(0xADDR) = 0 (PER_LINUX)
                    personality(PER_LINUX|ADDR_NO_RANDOMIZE) = 0 (PER_LINUX)
                    personality(PER_LINUX) = 0x40000 (PER_LINUX|ADDR_NO_RANDOMIZE)
                    +++ exited with 0 +++
                    """;
            case "fdnames" -> """
                    fchmod(3, 0600) = 0
                    fchmod(4, 0600) = 0
                    faccessat2(AT_FDCWD, "kept (deleted)", F_OK, AT_SYMLINK_NOFOLLOW|AT_EACCESS) = 0
                    pidfd_getfd(-1, 0, 0xbad) = -1 EINVAL (Invalid argument)
                    sendfile(6, 5, [0] => [5], 5) = 5
                    sendfile(6, 5, [5], 5) = 0
                    sendfile(6, 5, NULL, 5) = 0
                    +++ exited with 0 +++
                    """;
            case "more" -> """
                    adjtimex({modes=N, offset=N, freq=N, maxerror=N, esterror=N, status=STA_UNSYNC, constant=N, precision=N, tolerance=N, time={tv_sec=N, tv_usec=N}, tick=N, ppsfreq=N, jitter=N, shift=N, stabil=N, jitcnt=N, calcnt=N, errcnt=N, stbcnt=N, tai=N}) = 5 (TIME_ERROR)
                    adjtimex({modes=ADJ_OFFSET_SS_READ, offset=N, freq=N, maxerror=N, esterror=N, status=STA_UNSYNC, constant=N, precision=N, tolerance=N, time={tv_sec=N, tv_usec=N}, tick=N, ppsfreq=N, jitter=N, shift=N, stabil=N, jitcnt=N, calcnt=N, errcnt=N, stbcnt=N, tai=N}) = 5 (TIME_ERROR)
                    clock_adjtime(CLOCK_REALTIME, {modes=N, offset=N, freq=N, maxerror=N, esterror=N, status=STA_UNSYNC, constant=N, precision=N, tolerance=N, time={tv_sec=N, tv_usec=N}, tick=N, ppsfreq=N, jitter=N, shift=N, stabil=N, jitcnt=N, calcnt=N, errcnt=N, stbcnt=N, tai=N}) = 5 (TIME_ERROR)
                    clock_adjtime(0x63 /* CLOCK_??? */, 0xADDR) = -1 EINVAL (Invalid argument)
                    adjtimex(0x1) = -1 EFAULT (Bad address)
                    adjtimex(NULL) = -1 EFAULT (Bad address)
                    adjtimex(0xADDR) = -1 EFAULT (Bad address)
                    clock_adjtime(CLOCK_REALTIME, 0x1) = -1 EFAULT (Bad address)
                    msgget(0x12345, 000) = -1 ENOENT (No such file or directory)
                    shmget(0x1234, 10, 000) = -1 ENOENT (No such file or directory)
                    semop(SEMID, [{sem_num=0, sem_op=2, sem_flg=0}, {sem_num=1, sem_op=1, sem_flg=SEM_UNDO}, {sem_num=0, sem_op=-1, sem_flg=SEM_UNDO|IPC_NOWAIT}], 3) = 0
                    semop(SEMID, [{sem_num=1, sem_op=-5, sem_flg=IPC_NOWAIT|0x4000}], 1) = -1 EAGAIN (Resource temporarily unavailable)
                    semtimedop(SEMID, [{sem_num=1, sem_op=-5, sem_flg=0}], 1, {tv_sec=0, tv_nsec=1000}) = -1 EAGAIN (Resource temporarily unavailable)
                    semop(SEMID, 0x1, 1) = -1 EFAULT (Bad address)
                    semop(SEMID, [], 0) = -1 EINVAL (Invalid argument)
                    semop(SEMID, [{sem_num=0, sem_op=2, sem_flg=0}, ... /* 0xADDR */], 2) = -1 EFAULT (Bad address)
                    semtimedop(SEMID, [{sem_num=0, sem_op=2, sem_flg=0}], 1, 0x1) = -1 EFAULT (Bad address)
                    mbind(0xADDR, 4096, MPOL_DEFAULT, NULL, 0, 0) = 0
                    mbind(0xADDR, 4096, MPOL_BIND, [0xADDR], 2, MPOL_MF_STRICT) = 0
                    mbind(0xADDR, 4096, MPOL_BIND|MPOL_F_STATIC_NODES, [0xADDR], 65, 0) = 0
                    mbind(0xADDR, 4096, MPOL_F_RELATIVE_NODES|0x4d, 0xADDR, 1, 0) = -1 EINVAL (Invalid argument)
                    mbind(0xADDR, 4096, MPOL_BIND, 0x1, 64, 0) = -1 EFAULT (Bad address)
                    mbind(0xADDR, 4096, MPOL_BIND, [0xADDR, ... /* 0xADDR */], 129, 0) = -1 EFAULT (Bad address)
                    set_mempolicy(MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES, [0xADDR], 64) = 0
                    get_mempolicy([0x4003 /* MPOL_??? */], [0xADDR, 0000000000000000], 128, NULL, 0) = 0
                    set_mempolicy(MPOL_DEFAULT, NULL, 0) = 0
                    migrate_pages(0, 64, [0xADDR], [0xADDR]) = 0
                    migrate_pages(0, 64, 0x1, NULL) = -1 EFAULT (Bad address)
                    set_mempolicy(0x63 /* MPOL_??? */, NULL, 0) = -1 EINVAL (Invalid argument)
                    get_mempolicy([MPOL_DEFAULT], [0000000000000000, 0000000000000000], 128, NULL, 0) = 0
                    get_mempolicy(0x1, 0x1, 128, NULL, 0) = -1 EFAULT (Bad address)
                    get_mempolicy([MPOL_DEFAULT], NULL, 0, 0xADDR, MPOL_F_NODE|MPOL_F_ADDR) = 0
                    move_pages(0, 2, [0xADDR, 0xADDR], NULL, [0, 0], 0) = 0
                    move_pages(0, 1, [0xADDR], [0], [0], MPOL_MF_MOVE) = 0
                    move_pages(0, 2, 0x1, NULL, 0xADDR, 0) = -1 EFAULT (Bad address)
                    move_pages(0, 2, [0xADDR, 0xADDR], NULL, 0x1, 0) = -1 EFAULT (Bad address)
                    move_pages(0, 2, [0x1, ... /* 0xADDR */], NULL, 0xADDR, 0) = -1 EFAULT (Bad address)
                    sendmmsg(3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="world!", iov_len=6}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=6}], 2, 0) = 2
                    recvmmsg(4, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}, {msg_hdr={msg_name=0xADDR, msg_namelen=110 => 0, msg_iov=[{iov_base="world!", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=6}], 4, MSG_DONTWAIT, NULL) = 2
                    recvmmsg(4, 0xADDR, 4, MSG_DONTWAIT, NULL) = -1 EAGAIN (Resource temporarily unavailable)
                    sendmmsg(3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}], 1, MSG_DONTWAIT) = 1
                    recvmmsg(4, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}], 2, MSG_DONTWAIT, {tv_sec=1, tv_nsec=N}) = 1 (left {tv_sec=0, tv_nsec=N})
                    recvmmsg(4, [], 0, MSG_DONTWAIT, NULL) = 0 (Timeout)
                    sendmmsg(3, 0x1, 2, 0) = -1 EFAULT (Bad address)
                    recvmmsg(4, 0x1, 2, MSG_DONTWAIT, NULL) = -1 EFAULT (Bad address)
                    sendmmsg(3, NULL, 2, 0) = -1 EFAULT (Bad address)
                    sendmmsg(3, [], 0, 0) = 0
                    sendmmsg(3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}, ... /* 0xADDR */], 2, 0) = 1
                    recvmmsg(4, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}], 4, MSG_DONTWAIT, NULL) = 1
                    sendmmsg(3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="world!", iov_len=6}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=6}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="third", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="world!", iov_len=6}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=6}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="third", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}], 6, 0) = 6
                    recvmmsg(4, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}, {msg_hdr={msg_name=0xADDR, msg_namelen=0, msg_iov=[{iov_base="world!", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=6}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="third", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=5}], 4, MSG_DONTWAIT, NULL) = 4
                    capset({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=1<<CAP_CHOWN|1<<CAP_KILL, inheritable=0}) = 0
                    capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=1<<CAP_CHOWN|1<<CAP_KILL, inheritable=0}) = 0
                    capset({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=1<<CAP_CHOWN|1<<CAP_KILL, inheritable=0}) = 0
                    capset({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_MAC_OVERRIDE, permitted=1<<CAP_MAC_OVERRIDE|1<<CAP_MAC_ADMIN, inheritable=0xADDR /* CAP_??? */}) = -1 EPERM (Operation not permitted)
                    capset({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_DAC_READ_SEARCH, permitted=1<<CAP_CHOWN|1<<CAP_SETFCAP|1<<CAP_MAC_OVERRIDE|1<<CAP_MAC_ADMIN, inheritable=0xADDR /* CAP_??? */}) = -1 EPERM (Operation not permitted)
                    capset({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_DAC_READ_SEARCH, permitted=1<<CAP_CHOWN|1<<CAP_SETFCAP, inheritable=1<<CAP_AUDIT_CONTROL}) = -1 EPERM (Operation not permitted)
                    capget({version=_LINUX_CAPABILITY_VERSION_1, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=1<<CAP_CHOWN|1<<CAP_KILL, inheritable=0}) = 0
                    capget({version=0xADDR /* _LINUX_CAPABILITY_VERSION_??? */, pid=0}, 0xADDR) = -1 EINVAL (Invalid argument)
                    capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, NULL) = 0
                    capget(0x1, 0xADDR) = -1 EFAULT (Bad address)
                    capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, 0x1) = -1 EFAULT (Bad address)
                    capset({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, 0x1) = -1 EFAULT (Bad address)
                    capset(NULL, 0xADDR) = -1 EFAULT (Bad address)
                    capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, 0xADDR) = -1 EFAULT (Bad address)
                    capset({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, 0xADDR) = -1 EFAULT (Bad address)
                    capget({version=_LINUX_CAPABILITY_VERSION_3, pid=PID}, {effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=1<<CAP_CHOWN|1<<CAP_KILL, inheritable=0}) = 0
                    capget(0xADDR, 0xADDR) = -1 EINVAL (Invalid argument)
                    sched_getattr(0, {size=56, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=N, sched_deadline=0, sched_period=0, sched_util_min=0, sched_util_max=0}, 56, 0) = 0
                    sched_setattr(0, {size=56, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=N, sched_deadline=0, sched_period=0, sched_util_min=0, sched_util_max=0}, 0) = 0
                    sched_setattr(0, {size=48, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=N, sched_deadline=0, sched_period=0}, 0) = 0
                    sched_getattr(0, {size=48, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=N, sched_deadline=0, sched_period=0}, 48, 0) = 0
                    sched_setattr(0, {size=0, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=N, sched_deadline=0, sched_period=0}, 0) = 0
                    sched_setattr(0, {size=56, sched_flags=SCHED_FLAG_KEEP_POLICY|SCHED_FLAG_KEEP_PARAMS, sched_util_min=0, sched_util_max=0}, 0) = 0
                    sched_setattr(0, {size=56, sched_flags=SCHED_FLAG_KEEP_POLICY|0x100, sched_nice=0, sched_priority=0, sched_runtime=N, sched_deadline=0, sched_period=0, sched_util_min=0, sched_util_max=0}, 0) = -1 EINVAL (Invalid argument)
                    sched_setattr(0, {size=56, sched_flags=SCHED_FLAG_KEEP_PARAMS, sched_util_min=0, sched_util_max=0}, 0) = -1 EINVAL (Invalid argument)
                    sched_setattr(0, {size=56, sched_policy=0xADDR /* SCHED_??? */, sched_flags=SCHED_FLAG_KEEP_PARAMS, sched_util_min=0, sched_util_max=0}, 0) = -1 EINVAL (Invalid argument)
                    sched_setattr(0, {size=100, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=N, sched_deadline=0, sched_period=0, sched_util_min=0, sched_util_max=0, ...} => {size=56}, 0) = -1 E2BIG (Argument list too long)
                    sched_setattr(0, {size=12} => {size=56}, 0) = -1 E2BIG (Argument list too long)
                    sched_setattr(0, 0x1, 0) = -1 EFAULT (Bad address)
                    sched_setattr(0, NULL, 0) = -1 EINVAL (Invalid argument)
                    sched_getattr(0, 0x1, 56, 0) = -1 EFAULT (Bad address)
                    sched_getattr(0, 0xADDR, 0, 0) = -1 EINVAL (Invalid argument)
                    sched_getattr(0, 0xADDR, 56, 1) = -1 EINVAL (Invalid argument)
                    sched_getattr(0, 0xADDR, 56, 0) = -1 EFAULT (Bad address)
                    sched_setattr(0, 0xADDR, 0) = -1 EFAULT (Bad address)
                    sched_getattr(0, {size=56, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=N, sched_deadline=0, sched_period=0, sched_util_min=0, sched_util_max=0}, 100, 0) = 0
                    +++ exited with 0 +++
                    """;
            // the request names of syscall-tables/xlat/ioctl_names.xlat (scripts/gen-ioctl-xlat), then one
            // request of each argument rule of the family decoders (decode/ioctl/)
            case "ioctls" -> """
                    ioctl(-1, MMTIMER_GETRES, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCGVERSION, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, FS_IOC_FIEMAP, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BTRFS_IOC_BALANCE_PROGRESS, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, COUNTER_ADD_WATCH_IOCTL, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_GET_IDENTITY, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_CLOCK_GETCAPS, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, RTC_RD_TIME, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, UFFDIO_API, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, WDIOC_GETSUPPORT, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, TEE_IOC_VERSION, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, GPIO_GET_CHIPINFO_IOCTL, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, LOOP_CONFIGURE, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SECCOMP_IOCTL_NOTIF_RECV, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PERF_EVENT_IOC_ID, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_QUERYCAP, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, TIOCGPTN, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SNDCTL_DSP_SPEED, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SNDRV_PCM_IOCTL_PVERSION, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, MIXER_READ(1) or MEMGETINFO, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, USBDEVFS_CONTROL, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, DMA_HEAP_IOCTL_ALLOC, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, TUNSETIFF, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, FS_IOC_GETFSLABEL, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SG_IO, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VBG_IOCTL_VMMDEV_REQUEST_BIG or VT_GETSTATE, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SIOCGIFMTU, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BTRFS_IOC_CLONE or FICLONE, 1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BTRFS_IOC_CLONE_RANGE or FICLONERANGE, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BLKGETSIZE64, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, _IOC(_IOC_READ|_IOC_WRITE, 0x62, 0x1, 0x18), 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, _IOC(_IOC_READ|_IOC_WRITE, 0x4e, 0x3e, 0x28), 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, FIFREEZE) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, NS_GET_USERNS) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, RTC_AIE_OFF) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BTRFS_IOC_SYNC) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_GET_QDMA, 0) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, KVM_GET_API_VERSION, 0) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, _IOC(_IOC_NONE, 0x3d, 0, 0), 0) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, _IOC(_IOC_READ|_IOC_WRITE, 0x62, 0x1, 0x18), 0x10) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, LOOP_SET_FD, -1159983635) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BLKRASET, 42) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, LOOP_CTL_ADD, -2) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, MTDFILEMODE, MTD_FILE_MODE_RAW) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, MTDFILEMODE, 0x9 /* MTD_FILE_MODE_??? */) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, KIOCSOUND, 0 /* off */) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, KIOCSOUND, 1000 /* 1193 Hz */) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, KDMKTONE, 256<<16|1000 /* 1193 Hz, 256 ms */) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, KDSETMODE, KD_GRAPHICS) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, KDSKBMODE, 7 /* K_??? */) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, KDADDIO, 0x3b5 /* GPFIRST + 1 */) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, KDSIGACCEPT, SIGKILL) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BTRFS_IOC_BALANCE_CTL, BTRFS_BALANCE_CTL_CANCEL) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SG_SET_TRANSFORM, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, KVM_CREATE_VCPU, 3) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, FITRIM, NULL) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, RTC_RD_TIME, NULL) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HIDIOCGPHYS(8), 0) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BLKROSET, [123]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, WDIOC_SETTIMEOUT, [123]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BLKDISCARD, [4096, 8192]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, BLKROGET, 0xADDR) = -1 EBADF (Bad file descriptor)
                    +++ exited with 0 +++
                    """;
            // the struct arguments of the ioctl families (issue 14): entry values, a cut-off struct's address
            case "ioctlstructs" -> """
                    ioctl(-1, FS_IOC_FIEMAP, {fm_start=4096, fm_length=1048576, fm_flags=FIEMAP_FLAG_SYNC|0x100, fm_extent_count=3}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, FS_IOC_FIEMAP, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, FS_IOC_FIEMAP, NULL) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, FS_IOC_SETFLAGS, [FS_APPEND_FL|FS_NOATIME_FL|0xADDR]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, FS_IOC_GETFLAGS, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, GPIO_GET_LINEHANDLE_IOCTL, {lines=3, lineoffsets=[1, 5, 9], flags=GPIOHANDLE_REQUEST_OUTPUT|GPIOHANDLE_REQUEST_ACTIVE_LOW, default_values=[0, 1, 0], consumer_label="sample"}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, GPIO_GET_LINEHANDLE_IOCTL, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, GPIO_V2_GET_LINE_IOCTL, {num_lines=2, offsets=[7, 8], consumer="v2", config={flags=GPIO_V2_LINE_FLAG_INPUT|GPIO_V2_LINE_FLAG_EDGE_RISING, num_attrs=2, attrs=[{debounce_period_us=1000, mask=0x3}, {attr={id=77, data=0xabc}, mask=0}]}, event_buffer_size=16}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, GPIO_V2_LINE_SET_VALUES_IOCTL, {bits=0x5, mask=0xf}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, GPIO_V2_LINE_GET_VALUES_IOCTL, {mask=0xf}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, GPIO_GET_CHIPINFO_IOCTL, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCSABS(ABS_Y), {value=10, minimum=4294967291, ...}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCGABS(ABS_MT_SLOT), 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCGBIT(EV_KEY, 8), 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCGBIT(0, 4), 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCGNAME(32), 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCGMTSLOTS(16), 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCSKEYCODE, [30, KEY_A]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCSREP, [30, 30]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCGRAB, 1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, EVIOCSFF, {type=FF_RUMBLE, id=-1, direction=0, ...}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, WDIOC_SETTIMEOUT, [30]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, WDIOC_KEEPALIVE) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, RNDADDTOENTCNT, [30]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, RNDCLEARPOOL) = -1 EBADF (Bad file descriptor)
                    +++ exited with 0 +++
                    """;
            case "prctl" -> """
                    arch_prctl(ARCH_SET_FS, 0xADDR) = 0
                    prctl(PR_GET_CHILD_SUBREAPER, [0]) = 0
                    prctl(PR_GET_CHILD_SUBREAPER, NULL) = -1 EFAULT (Bad address)
                    prctl(PR_SET_DUMPABLE, 0x7 /* SUID_DUMP_??? */) = -1 EINVAL (Invalid argument)
                    prctl(PR_SET_DUMPABLE, SUID_DUMP_USER) = 0
                    prctl(PR_GET_DUMPABLE) = 1 (SUID_DUMP_USER)
                    prctl(PR_SET_NAME, "a-very-long-pro"...) = 0
                    prctl(PR_GET_NAME, "a-very-long-pro") = 0
                    prctl(PR_GET_NAME, NULL) = -1 EFAULT (Bad address)
                    prctl(PR_SET_NAME, "prctl") = 0
                    prctl(PR_SET_PDEATHSIG, SIGUSR1) = 0
                    prctl(PR_GET_PDEATHSIG, [SIGUSR1]) = 0
                    prctl(PR_SET_PDEATHSIG, 200) = -1 EINVAL (Invalid argument)
                    prctl(PR_SET_PDEATHSIG, 0) = 0
                    prctl(PR_CAPBSET_READ, 0x63 /* CAP_??? */) = -1 EINVAL (Invalid argument)
                    prctl(PR_CAP_AMBIENT, 0x9 /* PR_CAP_AMBIENT_??? */, 0x1, 0x2, 0x3) = -1 EINVAL (Invalid argument)
                    prctl(PR_SET_TSC, 0 /* PR_TSC_??? */) = -1 EINVAL (Invalid argument)
                    prctl(PR_GET_TSC, [PR_TSC_ENABLE]) = 0
                    prctl(PR_GET_UNALIGN, 0xADDR) = -1 EINVAL (Invalid argument)
                    prctl(PR_GET_TID_ADDRESS, [0xADDR]) = 0
                    prctl(PR_MCE_KILL, PR_MCE_KILL_SET, 0x5 /* PR_MCE_KILL_??? */, 0, 0) = -1 EINVAL (Invalid argument)
                    prctl(PR_GET_SPECULATION_CTRL, 0x7 /* PR_SPEC_??? */) = -1 ENODEV (No such device)
                    prctl(PR_SET_SPECULATION_CTRL, 0x9 /* PR_SPEC_??? */, 0x8) = -1 ENODEV (No such device)
                    prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY) = -1 EINVAL (Invalid argument)
                    prctl(PR_GET_KEEPCAPS) = 0
                    prctl(0x7777 /* PR_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)
                    prctl(PR_SET_MM, 0x4d /* PR_SET_MM_??? */, 0x1, 0x2, 0x3) = -1 EINVAL (Invalid argument)
                    prctl(PR_SET_SECCOMP, 0x4d /* SECCOMP_MODE_??? */, 0x1, 0x2, 0x3) = -1 EINVAL (Invalid argument)
                    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, {len=2, filter=0xADDR}) = -1 EINVAL (Invalid argument)
                    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, 0x1) = -1 EFAULT (Bad address)
                    prctl(PR_GET_FP_MODE) = -1 EINVAL (Invalid argument)
                    prctl(PR_SVE_SET_VL, PR_SVE_SET_VL_ONEXEC|PR_SVE_VL_INHERIT|0x10) = -1 EINVAL (Invalid argument)
                    prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_NONE|0xfff<<PR_MTE_TAG_SHIFT, 0x1, 0x2, 0x3) = -1 EINVAL (Invalid argument)
                    prctl(PR_PAC_RESET_KEYS, PR_PAC_APIAKEY|0x20, 0, 0, 0) = -1 EINVAL (Invalid argument)
                    prctl(PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 1, 0x2 /* PIDTYPE_PGID */, NULL) = -1 EINVAL (Invalid argument)
                    arch_prctl(ARCH_GET_GS, NULL) = -1 EFAULT (Bad address)
                    arch_prctl(0x9999 /* ARCH_??? */, 0x1) = -1 EINVAL (Invalid argument)
                    +++ exited with 0 +++
                    """;
            case "netlink" -> """
                    socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 3
                    sendto(3, [{nlmsg_len=32, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, ifi_change=0}], 32, 0, NULL, 0) = 32
                    recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, msg_iov=[{iov_base=[{nlmsg_len=N, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, nlmsg_pid=PID}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_LOOPBACK, ifi_index=if_nametoindex("lo"), ifi_flags=FLAGS, ifi_change=0}], iov_len=32}], msg_iovlen=1, msg_controllen=0, msg_flags=MSG_TRUNC}, 0) = 32
                    socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 3
                    sendto(3, {nlmsg_len=8, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=2, nlmsg_pid=0}, 24, MSG_DONTWAIT, NULL, 0) = 24
                    sendto(3, {nlmsg_len=16, nlmsg_type=0x3ff /* RTM_??? */, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=3, nlmsg_pid=0}, 16, 0, NULL, 0) = 16
                    recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, msg_iov=[{iov_base=[{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, nlmsg_seq=3, nlmsg_pid=PID}, {error=-EOPNOTSUPP, msg={nlmsg_len=16, nlmsg_type=0x3ff /* RTM_??? */, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=3, nlmsg_pid=0}}], iov_len=64}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 36
                    sendto(3, 0x10, 16, MSG_DONTWAIT, NULL, 0) = -1 EFAULT (Bad address)
                    +++ exited with 0 +++
                    """;
            case "netlink3" -> """
                    socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 3
                    sendto(3, [{nlmsg_len=44, nlmsg_type=0x1a /* NLMSG_??? */, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, "\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x08\\x00\\x01\\x00\\x0a\\x01\\x02\\x03\\x08\\x00\\x04\\x00\\x01\\x00\\x00\\x00"], 44, MSG_DONTWAIT, NULL, 0) = 44
                    sendto(3, [{nlmsg_len=68, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=2, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, ifi_change=0}, [[{nla_len=8, nla_type=IFLA_EXT_MASK}, RTEXT_FILTER_VF|RTEXT_FILTER_SKIP_STATS], [{nla_len=32, nla_type=IFLA_LINKINFO}, [[{nla_len=11, nla_type=IFLA_INFO_KIND}, "bridge"], [{nla_len=12, nla_type=IFLA_INFO_DATA}, [{nla_len=8, nla_type=IFLA_BR_STP_STATE}, 1]]]]]], 68, MSG_DONTWAIT, NULL, 0) = 68
                    sendto(3, [{nlmsg_len=44, nlmsg_type=RTM_GETNEXTHOP, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=3, nlmsg_pid=0}, {nh_family=AF_INET, nh_scope=RT_SCOPE_UNIVERSE, nh_protocol=RTPROT_UNSPEC, nh_flags=0}, [{nla_len=20, nla_type=NHA_GROUP}, [{id=1, weight=2}, {id=3, weight=4, resvd1=0x5}]]], 44, MSG_DONTWAIT, NULL, 0) = 44
                    sendto(3, [{nlmsg_len=80, nlmsg_type=RTM_GETSTATS, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=4, nlmsg_pid=0}, {family=AF_UNSPEC, ifindex=0, filter_mask=1<<IFLA_STATS_LINK_XSTATS}, [{nla_len=52, nla_type=IFLA_STATS_LINK_XSTATS}, [{nla_len=48, nla_type=LINK_XSTATS_TYPE_BRIDGE}, [{nla_len=44, nla_type=BRIDGE_XSTATS_VLAN}, {rx_bytes=1, rx_packets=2, tx_bytes=3, tx_packets=4, vid=5, flags=BRIDGE_VLAN_INFO_PVID}]]]], 80, MSG_DONTWAIT, NULL, 0) = 80
                    +++ exited with 0 +++
                    """;
            case "netlink2" -> """
                    socket(AF_NETLINK, SOCK_RAW, NETLINK_NETFILTER) = 3
                    sendto(3, [{nlmsg_len=16, nlmsg_type=NFNL_SUBSYS_ACCT<<8|NFNL_MSG_ACCT_NEW, nlmsg_flags=NLM_F_REQUEST|NLM_F_CREATE, nlmsg_seq=1, nlmsg_pid=0}, {nlmsg_len=16, nlmsg_type=NFNL_SUBSYS_CTNETLINK<<8|IPCTNL_MSG_CT_GET_CTRZERO, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=2, nlmsg_pid=0}, {nlmsg_len=16, nlmsg_type=NFNL_SUBSYS_NFTABLES<<8|NFT_MSG_DELCHAIN, nlmsg_flags=NLM_F_REQUEST|NLM_F_NONREC, nlmsg_seq=3, nlmsg_pid=0}, {nlmsg_len=16, nlmsg_type=NFNL_SUBSYS_IPSET<<8|0xff /* IPSET_CMD_??? */, nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=4, nlmsg_pid=0}, {nlmsg_len=16, nlmsg_type=NFNL_SUBSYS_NONE<<8|0x15, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=5, nlmsg_pid=0}, {nlmsg_len=16, nlmsg_type=NFNL_MSG_BATCH_BEGIN, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=6, nlmsg_pid=0}], 96, MSG_DONTWAIT, NULL, 0) = 96
                    socket(AF_NETLINK, SOCK_RAW, NETLINK_AUDIT) = 3
                    sendto(3, [{nlmsg_len=16, nlmsg_type=AUDIT_GET, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, {nlmsg_len=16, nlmsg_type=AUDIT_USER_AVC, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=2, nlmsg_pid=0}, {nlmsg_len=16, nlmsg_type=AUDIT_LAST_USER_MSG2, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=3, nlmsg_pid=0}, {nlmsg_len=16, nlmsg_type=0xf9f /* AUDIT_??? */, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=4, nlmsg_pid=0}], 64, MSG_DONTWAIT, NULL, 0) = 64
                    socket(AF_NETLINK, SOCK_RAW, NETLINK_GENERIC) = 3
                    sendto(3, [{nlmsg_len=20, nlmsg_type=nlctrl, nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=1, nlmsg_pid=0}, "\\x03\\x00\\x00\\x00"], 20, MSG_DONTWAIT, NULL, 0) = 20
                    socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 3
                    sendto(3, [{nlmsg_len=72, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, {ifa_family=AF_INET6, ifa_prefixlen=0, ifa_flags=0, ifa_scope=RT_SCOPE_UNIVERSE, ifa_index=if_nametoindex("lo")}, [[{nla_len=20, nla_type=IFA_ADDRESS}, inet_pton(AF_INET6, "fe80::1")], [{nla_len=20, nla_type=IFA_CACHEINFO}, {ifa_prefered=1, ifa_valid=2, cstamp=3, tstamp=4}], [{nla_len=8, nla_type=IFA_FLAGS}, IFA_F_PERMANENT|IFA_F_NOPREFIXROUTE|0x8000]]], 72, MSG_DONTWAIT, NULL, 0) = 72
                    sendto(3, [{nlmsg_len=52, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=2, nlmsg_pid=0}, {ifa_family=AF_INET, ifa_prefixlen=0, ifa_flags=0, ifa_scope=RT_SCOPE_UNIVERSE, ifa_index=0}, [[{nla_len=8, nla_type=IFA_LOCAL}, inet_addr("127.0.0.1")], [{nla_len=19, nla_type=IFA_CACHEINFO}, "\\x61\\x62\\x63\\x64\\x65\\x66\\x67\\x68\\x69\\x6a\\x6b\\x6c\\x6d\\x6e\\x6f"]]], 52, MSG_DONTWAIT, NULL, 0) = 52
                    sendto(3, [{nlmsg_len=84, nlmsg_type=RTM_GETQDISC, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=3, nlmsg_pid=0}, {tcm_family=AF_UNSPEC, tcm_ifindex=0, tcm_handle=0, tcm_parent=0, tcm_info=0}, [[{nla_len=6, nla_type=TCA_RATE}, {interval=-3, ewma_log=200}], [{nla_len=40, nla_type=TCA_STATS2}, [[{nla_len=24, nla_type=TCA_STATS_QUEUE}, {qlen=1, backlog=2, drops=3, requeues=4, overlimits=5}], [{nla_len=12, nla_type=TCA_STATS_PKT64}, 4294967303]]]]], 84, MSG_DONTWAIT, NULL, 0) = 84
                    sendto(3, [{nlmsg_len=68, nlmsg_type=RTM_GETNEIGHTBL, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=4, nlmsg_pid=0}, {ndtm_family=AF_INET}, [[{nla_len=36, nla_type=NDTA_CONFIG}, {ndtc_key_len=4, ndtc_entry_size=368, ndtc_entries=2, ndtc_last_flush=10, ndtc_last_rand=20, ndtc_hash_rnd=3735928559, ndtc_hash_mask=0xADDR, ndtc_hash_chain_gc=30, ndtc_proxy_qlen=40}], [{nla_len=12, nla_type=NDTA_PARMS}, [{nla_len=8, nla_type=NDTPA_IFINDEX}, if_nametoindex("lo")]]]], 68, MSG_DONTWAIT, NULL, 0) = 68
                    sendto(3, [{nlmsg_len=56, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=5, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, ifi_change=0}, [{nla_len=28, nla_type=IFLA_PORT_SELF}, [[{nla_len=8, nla_type=IFLA_PORT_VF}, 7], [{nla_len=12, nla_type=IFLA_PORT_VSI_TYPE}, {vsi_mgr_id=1, vsi_type_id="\\x02\\x03\\x04", vsi_type_version=5, pad="\\x00\\x06\\x00"}]]]], 56, MSG_DONTWAIT, NULL, 0) = 56
                    +++ exited with 0 +++
                    """;
            case "extensible" -> """
                    openat2(-1, "jstrace-ext", {flags=O_RDONLY, resolve=RESOLVE_NO_XDEV}, 32) = -1 EBADF (Bad file descriptor)
                    openat2(-1, "jstrace-ext", {flags=O_RDONLY, resolve=RESOLVE_NO_XDEV, /* bytes 24..31 */ "\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87"}, 32) = -1 E2BIG (Argument list too long)
                    openat2(-1, "jstrace-ext", {flags=O_RDONLY, resolve=RESOLVE_NO_XDEV, ???}, 32) = -1 EFAULT (Bad address)
                    openat2(-1, "jstrace-ext", {flags=O_RDONLY, mode=0100, resolve=0x80 /* RESOLVE_??? */}, 24) = -1 EINVAL (Invalid argument)
                    clone3({flags=0, exit_signal=16045690984503111693, stack=NULL, stack_size=0, /* bytes 88..95 */ "\\xed\\xff\\xca\\xde\\xed\\xfe\\xce\\xfa"}, 96) = -1 E2BIG (Argument list too long)
                    clone3({flags=0, exit_signal=0, stack=NULL, stack_size=0, set_tid=[-1, 12345], set_tid_size=2}, 88) = -1 EINVAL (Invalid argument)
                    clone3({flags=CLONE_PIDFD|CLONE_NEWTIME|CLONE_INTO_CGROUP, pidfd=NULL, exit_signal=0, stack=NULL, stack_size=0, cgroup=7}, 88) = -1 EFAULT (Bad address)
                    clone3(0xADDR, 72) = -1 EFAULT (Bad address)
                    waitid(P_PID, PID, NULL, WNOHANG|WEXITED|WSTOPPED, NULL) = -1 ECHILD (No child processes)
                    waitid(0x1234 /* P_??? */, -5, NULL, WEXITED, NULL) = -1 EINVAL (Invalid argument)
                    wait4(-1, NULL, WNOHANG|WSTOPPED|__WALL, NULL) = -1 ECHILD (No child processes)
                    ioprio_get(IOPRIO_WHO_PROCESS, PID) = 0 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0))
                    ioprio_get(0xADDR /* IOPRIO_WHO_??? */, PID) = -1 EINVAL (Invalid argument)
                    ioprio_set(IOPRIO_WHO_PGRP, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 8191)) = -1 EINVAL (Invalid argument)
                    ioprio_set(0xADDR /* IOPRIO_WHO_??? */, -1, IOPRIO_PRIO_VALUE(0x7d677 /* IOPRIO_CLASS_??? */, 7917)) = -1 EINVAL (Invalid argument)
                    reboot(0 /* LINUX_REBOOT_MAGIC_??? */, 0 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_CMD_CAD_OFF) = -1 EINVAL (Invalid argument)
                    reboot(LINUX_REBOOT_MAGIC1, 0xADDR /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_CMD_RESTART2, "now") = -1 EINVAL (Invalid argument)
                    reboot(0xADDR /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2, 0xADDR /* LINUX_REBOOT_CMD_??? */) = -1 EINVAL (Invalid argument)
                    pkey_alloc(0xADDR, PKEY_DISABLE_WRITE|0xADDR) = -1 EINVAL (Invalid argument)
                    pkey_alloc(0, 0xADDR /* PKEY_??? */) = -1 EINVAL (Invalid argument)
                    kexec_load(NULL, 0, NULL, 0xADDR /* KEXEC_ARCH_??? */|0xADDR /* KEXEC_??? */) = -1 ENOSYS (Function not implemented)
                    kexec_load(NULL, 17, NULL, KEXEC_ARCH_SH|KEXEC_ON_CRASH|KEXEC_PRESERVE_CONTEXT) = -1 ENOSYS (Function not implemented)
                    kexec_load(0x1000, 2, [{buf=NULL, bufsz=10, mem=0x1000, memsz=20}, {buf=0xADDR, bufsz=30, mem=0x2000, memsz=40}], 0xADDR /* KEXEC_ARCH_??? */) = -1 ENOSYS (Function not implemented)
                    kexec_load(0x1000, 17, 0xADDR, KEXEC_ARCH_DEFAULT) = -1 ENOSYS (Function not implemented)
                    timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK) = 3
                    +++ exited with 0 +++
                    """;
            case "flagsets" -> """
                    dup3(-5, 7, 0x1 /* O_??? */) = -1 EINVAL (Invalid argument)
                    faccessat(-1, "/", 0x8 /* ?_OK */) = -1 EINVAL (Invalid argument)
                    setns(-1, 0x1 /* CLONE_NEW??? */) = -1 EBADF (Bad file descriptor)
                    fsopen("jstrace-no-fs", 0x2 /* FSOPEN_??? */) = -1 EINVAL (Invalid argument)
                    inotify_init1(0x1 /* IN_??? */) = -1 EINVAL (Invalid argument)
                    pidfd_open(1, 0x2 /* PIDFD_??? */) = -1 EINVAL (Invalid argument)
                    fsmount(-1, 0, 0x40 /* MOUNT_ATTR_??? */) = -1 EINVAL (Invalid argument)
                    landlock_restrict_self(-1, 0x1) = -1 EBADF (Bad file descriptor)
                    process_mrelease(-1, 0x5) = -1 EINVAL (Invalid argument)
                    process_madvise(-1, NULL, 0, MADV_NORMAL, 0x3) = -1 EINVAL (Invalid argument)
                    splice(-1, [42], -2, [-7], 16, 0) = -1 EBADF (Bad file descriptor)
                    mincore(0xADDR, 4097, [1, 0]) = 0
                    mincore(0xADDR, 8192, 0x1) = -1 EFAULT (Bad address)
                    seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_LOG]) = 0
                    seccomp(SECCOMP_SET_MODE_FILTER, 0x100 /* SECCOMP_FILTER_FLAG_??? */, {len=1, filter=0xADDR}) = -1 EINVAL (Invalid argument)
                    seccomp(SECCOMP_SET_MODE_FILTER, 0x1000 /* SECCOMP_FILTER_FLAG_??? */, 0x1) = -1 EINVAL (Invalid argument)
                    +++ exited with 0 +++
                    """;
            case "ioctls2" -> """
                    ioctl(-1, HDIO_DRIVE_CMD, {command=ATA_CMD_WRITE, sector_number=1, feature=2, sector_count=0}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_DRIVE_CMD, {command=0x80 /* ATA_CMD_??? */, sector_number=1, feature=2, sector_count=0}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_DRIVE_CMD, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_DRIVE_CMD, NULL) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_DRIVE_RESET, [0xADDR, 0x1, 0]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_SCAN_HWIF, [0x1, 0, ... /* 0xADDR */]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_GETGEO, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_GET_32BIT, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_GET_IDENTITY, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_SET_DMA, 1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_SET_ACOUSTIC, 18446744073709551614) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_SET_NICE, 1 << IDE_NICE_DSC_OVERLAP|1 << IDE_NICE_1|0x100) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_SET_NICE, 0x100 /* IDE_NICE_??? */) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_SET_BUSSTATE, BUSSTATE_TRISTATE) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_SET_BUSSTATE, 0x7 /* BUSSTATE_??? */) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, HDIO_SET_XFER, 0x3) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_EXTTS_REQUEST, {index=1, flags=PTP_ENABLE_FEATURE|PTP_RISING_EDGE|0x100}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_EXTTS_REQUEST2, {index=1, flags=PTP_ENABLE_FEATURE|PTP_RISING_EDGE|0x100, rsv=[0, 0x7]}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_EXTTS_REQUEST, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_PEROUT_REQUEST, {start={sec=1700000000, nsec=5} /* 2023-11-14T22:13:20.000000005+0000 */, period={sec=1, nsec=0, reserved=0x3}, index=2, flags=0}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_PEROUT_REQUEST2, {phase={sec=1700000000, nsec=5}, period={sec=1, nsec=0, reserved=0x3}, index=2, flags=PTP_PEROUT_DUTY_CYCLE|PTP_PEROUT_PHASE, on={sec=0, nsec=500}}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_ENABLE_PPS, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_SYS_OFFSET, {n_samples=3}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_SYS_OFFSET_EXTENDED, {n_samples=2, rsv=[0, 0, 0x9]}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_PIN_GETFUNC, {index=4}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_PIN_SETFUNC, {index=4, func=PTP_PF_PEROUT, chan=1}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_PIN_SETFUNC2, {index=4, func=0x9 /* PTP_PF_??? */, chan=1, rsv=[0x1, 0, 0, 0, 0]}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_SYS_OFFSET_PRECISE, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, PTP_CLOCK_GETCAPS, NULL) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SG_IO, {interface_id='S', dxfer_direction=SG_DXFER_TO_DEV, cmd_len=6, cmdp="\\x12\\x00\\x00\\x00\\x24\\x00", mx_sb_len=0, iovec_count=0, dxfer_len=4, timeout=1000, flags=SG_FLAG_DIRECT_IO|SG_FLAG_Q_AT_HEAD|0x100, dxferp="\\x01\\x02\\x03\\x04", status=0, masked_status=0, msg_status=0, sb_len_wr=0, sbp=NULL, host_status=0, driver_status=0, resid=0, duration=0, info=0}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SG_IO, {interface_id='S', dxfer_direction=SG_DXFER_FROM_DEV, cmd_len=6, cmdp="\\x12\\x00\\x00\\x00\\x24\\x00", mx_sb_len=0, iovec_count=2, dxfer_len=4, timeout=1000, flags=SG_FLAG_DIRECT_IO|SG_FLAG_Q_AT_HEAD|0x100, dxferp=[{iov_base="\\1\\2", iov_len=2}, {iov_base="\\3", iov_len=2}], status=0, masked_status=0, msg_status=0, sb_len_wr=0, sbp=NULL, host_status=0, driver_status=0, resid=1, duration=0, info=0}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SG_IO, {interface_id='S', dxfer_direction=SG_DXFER_TO_FROM_DEV, cmd_len=6, cmdp="\\x12\\x00\\x00\\x00\\x24\\x00", mx_sb_len=0, iovec_count=0, dxfer_len=4, timeout=1000, flags=SG_FLAG_DIRECT_IO|SG_FLAG_Q_AT_HEAD|0x100, dxferp="\\x01\\x02\\x03\\x04" => dxferp="\\x01\\x02\\x03", status=0, masked_status=0, msg_status=0, sb_len_wr=0, sbp=NULL, host_status=0, driver_status=0, resid=1, duration=0, info=0}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SG_IO, {interface_id='S', 0xADDR}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SG_IO, [88]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SG_IO, {guard='Q', protocol=BSG_PROTOCOL_SCSI, subprotocol=BSG_SUB_PROTOCOL_SCSI_TRANSPORT, request_len=6, request="\\x12\\x00\\x00\\x00\\x24\\x00", request_tag=0, request_attr=0, request_priority=0, request_extra=0, max_response_len=0, dout_iovec_count=0, dout_xfer_len=4, din_iovec_count=2, din_xfer_len=4, dout_xferp="\\x01\\x02\\x03\\x04", timeout=0, flags=BSG_FLAG_Q_AT_TAIL, usr_ptr=0x1234, response_len=0, response=NULL, din_xferp=[{iov_base="\\1\\2", iov_len=2}, {iov_base="\\3\\4", iov_len=2}], driver_status=0, transport_status=0, device_status=0, retry_delay=0, info=0, duration=0, response_len=0, din_resid=0, dout_resid=0, generated_tag=0}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, TCSETS2, {c_iflag=ICRNL|IXON|0x80000, c_oflag=NL1|CR3|XTABS|BS0|VT0|FF0|OPOST|ONLCR|0xADDR, c_cflag=B38400|B9600<<IBSHIFT|CS8|CREAD|HUPCL, c_lflag=ISIG|ICANON|ECHO|IEXTEN, ...}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SNDCTL_TMR_STOP or TCSETSW, {c_iflag=ICRNL|IXON|0x80000, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|, c_cflag=BOTHER|CS5|, c_lflag=ISIG|ICANON|ECHO|IEXTEN, ...}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, TIOCSLCKTRMIOS, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, TCGETS, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, TCSETAF, {c_iflag=IGNBRK, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|, c_cflag=B0|CS7|0x8000, c_lflag=, ...}) = -1 EBADF (Bad file descriptor)
                    +++ exited with 0 +++
                    """;
            case "sysdecode" -> """
                    mknod("/nonexistent-jstrace/fifo", S_IFIFO|0600) = -1 ENOENT (No such file or directory)
                    mknod("/nonexistent-jstrace/chr", S_IFCHR|0644, makedev(0x1, 0x3)) = -1 ENOENT (No such file or directory)
                    mknodat(AT_FDCWD, "/nonexistent-jstrace/blk", S_IFBLK|S_ISUID|0600, makedev(0x103, 0x12345)) = -1 ENOENT (No such file or directory)
                    mknod("/nonexistent-jstrace/bad", 0177777) = -1 EINVAL (Invalid argument)
                    open("/nonexistent-jstrace/o", O_RDONLY|0xADDR) = -1 ENOENT (No such file or directory)
                    fanotify_mark(-1, 0, 0, FAN_NOFD, NULL) = -1 EINVAL (Invalid argument)
                    fanotify_mark(-1, 0, 0, AT_FDCWD, "/") = -1 EINVAL (Invalid argument)
                    utimensat(AT_FDCWD, "/nonexistent-jstrace/u", [{tv_sec=0, tv_nsec=0}, UTIME_NOW], 0) = -1 ENOENT (No such file or directory)
                    utimensat(AT_FDCWD, "/nonexistent-jstrace/u", [UTIME_OMIT, UTIME_NOW], 0) = -1 ENOENT (No such file or directory)
                    mremap(0x10000, 4096, 8192, 0) = -1 EFAULT (Bad address)
                    mremap(0x10000, 4096, 8192, MREMAP_MAYMOVE|MREMAP_FIXED, 0x20000) = -1 EFAULT (Bad address)
                    remap_file_pages(0x10000, 4096, 0xADDR /* PROT_??? */, 1, 0xf /* MAP_??? */|MAP_FIXED|21<<MAP_HUGE_SHIFT) = -1 EINVAL (Invalid argument)
                    msgget(IPC_PRIVATE, IPC_CREAT|0600) = N
                    msgsnd(ID, {mtype=42, mtext="hello\\0"}, 6, 0) = N
                    msgrcv(ID, {mtype=42, mtext="hello\\0\\0\\0"}, 8, 42, IPC_NOWAIT) = N
                    msgrcv(ID, 0xADDR, 8, 0, IPC_NOWAIT) = -1 ENOMSG (No message of desired type)
                    msgctl(ID, IPC_STAT, {msg_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, msg_stime=N, msg_rtime=N, msg_ctime=N, msg_qnum=0, msg_qbytes=16384, msg_lspid=N, msg_lrpid=N}) = N
                    msgctl(ID, IPC_SET, {msg_perm={uid=0, gid=0, mode=0600}, msg_qbytes=16384}) = N
                    msgctl(ID, IPC_INFO, {msgpool=512000, msgmap=16384, msgmax=8192, msgmnb=16384, msgmni=32000, msgssz=16, msgtql=16384, msgseg=65535}) = N
                    msgctl(ID, IPC_RMID, NULL) = N
                    msgctl(ID, IPC_STAT, 0x1) = -1 EINVAL (Invalid argument)
                    shmget(IPC_PRIVATE, 4096, IPC_CREAT|0600) = N
                    shmctl(ID, IPC_STAT, {shm_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, shm_segsz=4096, shm_cpid=N, shm_lpid=N, shm_nattch=0, shm_atime=N, shm_dtime=N, shm_ctime=N}) = N
                    shmctl(ID, IPC_SET, {shm_perm={uid=0, gid=0, mode=0600}}) = N
                    shmctl(ID, IPC_INFO, {shmmax=18446744073692774399, shmmin=1, shmmni=4096, shmseg=4096, shmall=18446744073692774399}) = N
                    shmctl(ID, IPC_RMID, NULL) = N
                    shmget(IPC_PRIVATE, 4096, SHM_HUGETLB|63<<SHM_HUGE_SHIFT|0600) = -1 EINVAL (Invalid argument)
                    semget(IPC_PRIVATE, 2, IPC_CREAT|0600) = N
                    semctl(ID, 0, IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, sem_otime=N, sem_ctime=N, sem_nsems=2}) = N
                    semctl(ID, 0, IPC_SET, {sem_perm={uid=0, gid=0, mode=0600}}) = N
                    semctl(ID, 0, IPC_INFO, {semmap=1024000000, semmni=32000, semmns=1024000000, semmnu=1024000000, semmsl=32000, semopm=500, semume=500, semusz=20, semvmx=32767, semaem=32767}) = N
                    semctl(ID, 1, GETVAL, NULL) = N
                    semctl(ID, 0, IPC_RMID, NULL) = N
                    +++ exited with 0 +++
                    """;
            case "v4l2" -> """
                    ioctl(-1, VIDIOC_S_FMT, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE, fmt.pix={width=640, height=480, pixelformat=v4l2_fourcc('Y', 'U', 'Y', 'V') /* V4L2_PIX_FMT_YUYV */, field=V4L2_FIELD_NONE, bytesperline=0, sizeimage=0, colorspace=V4L2_COLORSPACE_DEFAULT}}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_TRY_FMT, {type=V4L2_BUF_TYPE_VBI_CAPTURE, fmt.vbi={sampling_rate=640, offset=480, samples_per_line=1448695129, sample_format=v4l2_fourcc('\\x01', '\\x00', '\\x00', '\\x00'), start=[0, 0], count=[0, 0], flags=0}}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_G_FMT, {type=V4L2_BUF_TYPE_VBI_CAPTURE}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_S_CTRL, {id=V4L2_CTRL_CLASS_USER+0x1234, value=7}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_G_CTRL, {id=V4L2_CID_BRIGHTNESS}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_QUERYCTRL, {id=V4L2_CTRL_FLAG_NEXT_CTRL|V4L2_CID_CONTRAST}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_REQBUFS, {type=V4L2_BUF_TYPE_VIDEO_OUTPUT, memory=V4L2_MEMORY_MMAP, count=4}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_S_EXT_CTRLS, {ctrl_class=V4L2_CTRL_CLASS_USER, count=2, controls=[{id=V4L2_CID_HUE, size=0, value=3, value64=3}, {id=V4L2_CID_SATURATION, size=0, value=-1, value64=4294967295}]} => {controls=[{id=V4L2_CID_HUE, size=0, value=3, value64=3}, {id=V4L2_CID_SATURATION, size=0, value=-1, value64=4294967295}], error_idx=1}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_STREAMON, [V4L2_BUF_TYPE_VIDEO_CAPTURE]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_S_STD, [0xff]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, VIDIOC_S_CROP, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE, c={left=-1, top=2, width=3, height=4}}) = -1 EBADF (Bad file descriptor)
                    +++ exited with 0 +++
                    """;
            case "ptracereq" -> """
                    ptrace(PTRACE_CONT, 1, NULL, SIGUSR1) = -1 ESRCH (No such process)
                    ptrace(PTRACE_KILL, 1) = -1 ESRCH (No such process)
                    ptrace(PTRACE_SETOPTIONS, 1, NULL, PTRACE_O_TRACESYSGOOD|PTRACE_O_TRACEEXEC) = -1 ESRCH (No such process)
                    ptrace(PTRACE_GETREGS, 1, 0xADDR) = -1 ESRCH (No such process)
                    ptrace(PTRACE_SETREGS, 1, {r15=0, r14=0, r13=0, r12=0, rbp=0, rbx=0, r11=0, r10=0, r9=0, r8=0, rax=0, rcx=0, rdx=0, rsi=0, rdi=0, orig_rax=0, rip=0, cs=0, eflags=0, rsp=0, ss=0, fs_base=0, gs_base=0, ds=0, es=0, fs=0, gs=0}) = -1 ESRCH (No such process)
                    ptrace(PTRACE_GETFPREGS, 1, 0xADDR) = -1 ESRCH (No such process)
                    ptrace(PTRACE_GETREGSET, 1, NT_PRSTATUS, {iov_base=0xADDR, iov_len=16}) = -1 ESRCH (No such process)
                    ptrace(PTRACE_SETREGSET, 1, NT_PRSTATUS, {iov_base={r15=0, r14=0}, iov_len=16}) = -1 ESRCH (No such process)
                    ptrace(PTRACE_SETREGSET, 1, NT_FPREGSET, {iov_base={cwd=0, swd=0, ftw=0, fop=0, rip=0}, iov_len=16}) = -1 ESRCH (No such process)
                    ptrace(PTRACE_SETSIGINFO, 1, NULL, {si_signo=SIGSEGV, si_code=SEGV_BNDERR, si_errno=ENOENT, si_addr=NULL, si_lower=NULL, si_upper=NULL}) = -1 ESRCH (No such process)
                    ptrace(PTRACE_SETSIGINFO, 1, NULL, {si_signo=SIGTRAP, si_code=0x2a, si_errno=ENOENT, si_addr=NULL}) = -1 ESRCH (No such process)
                    ptrace(PTRACE_PEEKSIGINFO, 1, {off=5, flags=PTRACE_PEEKSIGINFO_SHARED, nr=3}, NULL) = -1 ESRCH (No such process)
                    ptrace(PTRACE_SETSIGMASK, 1, 8, [USR1]) = -1 ESRCH (No such process)
                    ptrace(PTRACE_GETSIGMASK, 1, 8, 0xADDR) = -1 ESRCH (No such process)
                    ptrace(PTRACE_SECCOMP_GET_METADATA, 1, 16, {filter_off=5}) = -1 ESRCH (No such process)
                    ptrace(PTRACE_GET_SYSCALL_INFO, 1, 88, NULL) = -1 ESRCH (No such process)
                    +++ exited with 0 +++
                    """;
            case "sysdecode2" -> """
                    mount("jstrace-src", "/jstrace-no-such-dir", "jstrace-fs", MS_MGC_VAL|MS_RDONLY, "jstrace-data") = -1 ENOENT (No such file or directory)
                    mount("jstrace-src", "/jstrace-no-such-dir", 0xADDR, MS_BIND, 0xADDR) = -1 ENOENT (No such file or directory)
                    mount("jstrace-src", "/jstrace-no-such-dir", 0xADDR, MS_REMOUNT, "jstrace-data") = -1 ENOENT (No such file or directory)
                    fsconfig(-1, 0x8 /* FSCONFIG_??? */, 0xADDR, 0xADDR, -100) = -1 EINVAL (Invalid argument)
                    fsconfig(-1, FSCONFIG_SET_PATH, "source", "/jstrace-no-such-dir", AT_FDCWD) = -1 EINVAL (Invalid argument)
                    fsconfig(-1, FSCONFIG_SET_STRING, "key", "value", 3) = -1 EINVAL (Invalid argument)
                    mount_setattr(-1, "/jstrace-no-such-dir", 0, {attr_set=MOUNT_ATTR_RDONLY|0xADDR, attr_clr=0, propagation=MS_PRIVATE, userns_fd=5}, 32) = -1 EINVAL (Invalid argument)
                    landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE|LANDLOCK_ACCESS_FS_READ_DIR}, 8, 0x2 /* LANDLOCK_CREATE_RULESET_??? */) = -1 EINVAL (Invalid argument)
                    landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION|0x2) = -1 EINVAL (Invalid argument)
                    landlock_add_rule(-1, LANDLOCK_RULE_PATH_BENEATH, {allowed_access=LANDLOCK_ACCESS_FS_READ_FILE, parent_fd=-1}, 0) = -1 EBADF (Bad file descriptor)
                    landlock_add_rule(-1, 0x7 /* LANDLOCK_RULE_??? */, 0xADDR, 0x10) = -1 EINVAL (Invalid argument)
                    memfd_create("jstrace-memfd", MFD_HUGETLB|0x100|21<<MFD_HUGE_SHIFT) = -1 EINVAL (Invalid argument)
                    nanosleep({tv_sec=0, tv_nsec=1000000000}, 0xADDR) = -1 EINVAL (Invalid argument)
                    clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=0, tv_nsec=1000000000}, 0xADDR) = -1 EINVAL (Invalid argument)
                    epoll_pwait2(-1, NULL, 1, 0xADDR, 0xADDR, 8) = -1 EBADF (Bad file descriptor)
                    mq_notify(-1, {sigev_value={sival_int=7, sival_ptr=0x7}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}) = -1 EBADF (Bad file descriptor)
                    mq_unlink("jstrace-no-such-queue") = -1 ENOENT (No such file or directory)
                    sched_getscheduler(0) = 0 (SCHED_OTHER)
                    sched_setaffinity(-1, 2, [0]) = -1 ESRCH (No such process)
                    sched_setaffinity(-1, 200, [0 68 69 ...]) = -1 ESRCH (No such process)
                    move_pages(0, 0, NULL, NULL, [], 0x8 /* MPOL_??? */) = -1 EINVAL (Invalid argument)
                    fcntl(-1, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_END, l_start=-5, l_len=10}) = -1 EBADF (Bad file descriptor)
                    fcntl(-1, F_OFD_GETLK, 0xADDR) = -1 EBADF (Bad file descriptor)
                    fcntl(-1, F_SETOWN_EX, {type=F_OWNER_PGRP, pid=0}) = -1 EBADF (Bad file descriptor)
                    fcntl(-1, F_NOTIFY, DN_ACCESS|DN_MULTISHOT) = -1 EBADF (Bad file descriptor)
                    fcntl(-1, F_SETLEASE, F_WRLCK) = -1 EBADF (Bad file descriptor)
                    io_setup(1, [0xADDR]) = 0
                    io_submit(0xADDR, 1, [{aio_data=0x1234, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=-1, aio_buf="abc", aio_nbytes=3, aio_offset=5}]) = -1 EBADF (Bad file descriptor)
                    io_submit(0xADDR, -1, 0xADDR) = -1 EINVAL (Invalid argument)
                    io_cancel(0xADDR, {aio_data=0x1234, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=-1}, 0xADDR) = -1 EINVAL (Invalid argument)
                    io_destroy(0xADDR) = 0
                    +++ exited with 0 +++
                    """;
            case "bpf" -> """
                    bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=0, max_entries=0}, 8) = -1 EINVAL (Invalid argument)
                    bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=3134983661, max_entries=3, map_flags=BPF_F_NUMA_NODE|BPF_F_RDONLY|0xADDR, inner_map_fd=-1, numa_node=4294967295 /* NUMA_NO_NODE */, map_name="jstrace_map", map_ifindex=0, btf_fd=-1, btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_value_type_id=0, map_extra=0}, 72) = -1 EINVAL (Invalid argument)
                    bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=3134983661, max_entries=3, map_flags=BPF_F_NUMA_NODE|BPF_F_RDONLY|0xADDR, inner_map_fd=-1, numa_node=4294967295 /* NUMA_NO_NODE */, map_name="jstrace_map", map_ifindex=0, btf_fd=-1, btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_value_type_id=0, map_extra=0, ...}, 96) = -1 EINVAL (Invalid argument)
                    bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=3134983661, max_entries=3, map_flags=BPF_F_NUMA_NODE|BPF_F_RDONLY|0xADDR, inner_map_fd=-1, numa_node=4294967295 /* NUMA_NO_NODE */, map_name="jstrace_map"}, 40) = -1 EINVAL (Invalid argument)
                    bpf(BPF_PROG_LOAD, {prog_type=0xdead /* BPF_PROG_TYPE_??? */, insn_cnt=3, insns=0xADDR, license="GPL", log_level=0, log_size=0, log_buf=NULL, kern_version=KERNEL_VERSION(5, 10, 3), prog_flags=BPF_F_STRICT_ALIGNMENT, prog_name="jstrace_prog"}, 64) = -1 EINVAL (Invalid argument)
                    bpf(BPF_MAP_GET_NEXT_ID, {start_id=4294967280, next_id=0, open_flags=0}, 12) = -1 EINVAL (Invalid argument)
                    bpf(BPF_PROG_GET_NEXT_ID, {start_id=4294967280, next_id=0}, 8) = -1 EINVAL (Invalid argument)
                    bpf(BPF_PROG_QUERY, {query={target_fd=-1, attach_type=BPF_CGROUP_INET_EGRESS, query_flags=BPF_F_QUERY_EFFECTIVE, attach_flags=0, prog_ids=0xADDR, prog_cnt=2}}, 28) = -1 EBADF (Bad file descriptor)
                    bpf(BPF_PROG_TEST_RUN, {test={prog_fd=-1, retval=0, data_size_in=0, data_size_out=0, data_in=NULL, data_out=NULL, repeat=5, duration=0, ctx_size_in=0, ctx_size_out=0, ctx_in=NULL, ctx_out=NULL, flags=BPF_F_TEST_RUN_ON_CPU, cpu=0}}, 72) = -1 EBADF (Bad file descriptor)
                    bpf(BPF_PROG_TEST_RUN, {test={prog_fd=-1, retval=0, data_size_in=0, data_size_out=0, data_in=NULL, data_out=NULL, repeat=5, duration=0}}, 40) = -1 EBADF (Bad file descriptor)
                    bpf(0xdead /* BPF_??? */, 0xADDR, 16) = -1 EINVAL (Invalid argument)
                    bpf(BPF_MAP_CREATE, NULL, 72) = -1 EFAULT (Bad address)
                    bpf(BPF_MAP_CREATE, 0xADDR, 0) = -1 EINVAL (Invalid argument)
                    +++ exited with 0 +++
                    """;
            case "perf" -> """
                    perf_event_open(NULL, 0, 0, -1, 0) = -1 EFAULT (Bad address)
                    perf_event_open(0x10, -1, -1, -1, PERF_FLAG_FD_CLOEXEC|0x100) = -1 EINVAL (Invalid argument)
                    perf_event_open(0xADDR, 0, -2, -1, 0) = -1 E2BIG (Argument list too long)
                    perf_event_open({type=PERF_TYPE_HARDWARE, size=0 /* PERF_ATTR_SIZE_??? */, config=0x7<<32|PERF_COUNT_HW_BRANCH_MISSES, sample_period=1000, sample_type=PERF_SAMPLE_IP|PERF_SAMPLE_BRANCH_STACK|PERF_SAMPLE_STACK_USER, read_format=PERF_FORMAT_ID|0x100, disabled=1, exclude_kernel=1, precise_ip=2 /* requested to have 0 skid */, mmap2=1, sigtrap=1, ...}, 0, -2, -1, 0) = -1 EINVAL (Invalid argument)
                    perf_event_open({type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER3, config=PERF_COUNT_SW_CPU_MIGRATIONS, sample_freq=99, sample_type=PERF_SAMPLE_IP|PERF_SAMPLE_BRANCH_STACK|PERF_SAMPLE_STACK_USER, read_format=PERF_FORMAT_ID|0x100, disabled=1, exclude_kernel=1, freq=1, precise_ip=2 /* requested to have 0 skid */, mmap2=1, use_clockid=1, sigtrap=1, ...}, 0, -2, -1, PERF_FLAG_FD_NO_GROUP) = -1 EINVAL (Invalid argument)
                    perf_event_open({type=PERF_TYPE_HW_CACHE, size=PERF_ATTR_SIZE_VER7, config=0x3<<32|0x5<<24|PERF_COUNT_HW_CACHE_RESULT_MISS<<16|PERF_COUNT_HW_CACHE_OP_PREFETCH<<8|0x9 /* PERF_COUNT_HW_CACHE_??? */, sample_freq=99, sample_type=PERF_SAMPLE_IP|PERF_SAMPLE_BRANCH_STACK|PERF_SAMPLE_STACK_USER, read_format=PERF_FORMAT_ID|0x100, disabled=1, exclude_kernel=1, freq=1, watermark=1, precise_ip=2 /* requested to have 0 skid */, mmap2=1, use_clockid=1, sigtrap=1, __reserved_1=0xADDR /* Bits 63..38 */, ...}, 0, -2, -1, 0) = -1 EINVAL (Invalid argument)
                    perf_event_open({type=PERF_TYPE_BREAKPOINT, size=PERF_ATTR_SIZE_VER1, config=0, sample_period=0, sample_type=0, read_format=0, precise_ip=0 /* arbitrary skid */, ...}, 0, -2, -1, 0) = -1 EINVAL (Invalid argument)
                    perf_event_open({type=PERF_TYPE_BREAKPOINT, size=PERF_ATTR_SIZE_VER1, config=0, sample_period=0, sample_type=0, read_format=0, precise_ip=0 /* arbitrary skid */, ...}, 0, -2, -1, 0) = -1 EINVAL (Invalid argument)
                    perf_event_open({type=PERF_TYPE_TRACEPOINT, size=0xc8 /* PERF_ATTR_SIZE_??? */ => 0x88 /* PERF_ATTR_SIZE_??? */, config=12345, sample_period=0, sample_type=0, read_format=0, precise_ip=0 /* arbitrary skid */, ...}, 0, -2, -1, 0) = -1 E2BIG (Argument list too long)
                    perf_event_open({type=0x77 /* PERF_TYPE_??? */, size=0x44 /* PERF_ATTR_SIZE_??? */, config=0xabc, sample_period=0, sample_type=0, read_format=0, precise_ip=0 /* arbitrary skid */, ...}, 0, -2, -1, 0) = -1 EINVAL (Invalid argument)
                    +++ exited with 0 +++
                    """;
            case "sockets" -> """
                    socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 3
                    getsockopt(3, SOL_SOCKET, SO_GET_FILTER, NULL, [4096 => 0]) = 0
                    setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER, {len=13, filter=0xADDR}, 16) = 0
                    getsockopt(3, SOL_SOCKET, SO_GET_FILTER, 0xADDR, [16 => 13]) = 0
                    setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER, 0xADDR, 15) = -1 EINVAL (Invalid argument)
                    socket(AF_NETLINK, SOCK_RAW, NETLINK_KOBJECT_UEVENT) = 3
                    sendto(3, {prefix="libudev", magic=htonl(0xADDR), header_size=40, properties_off=40, properties_len=16, filter_subsystem_hash=htonl(0x1234), filter_devtype_hash=htonl(0x9abc), filter_tag_bloom_hi=htonl(0x1), filter_tag_bloom_lo=htonl(0x8000)}, 40, MSG_DONTWAIT, NULL, 0) = 40
                    sendto(3, [{prefix="libudev", magic=htonl(0xADDR), header_size=40, properties_off=40, properties_len=16, filter_subsystem_hash=htonl(0x1234), filter_devtype_hash=htonl(0x9abc), filter_tag_bloom_hi=htonl(0x1), filter_tag_bloom_lo=htonl(0x8000)}, "ACTION=add\\0SEQ=1"], 56, MSG_DONTWAIT, NULL, 0) = 56
                    sendto(3, "add@/devices/virtual/misc/x\\0ACTI"..., 38, MSG_DONTWAIT, NULL, 0) = 38
                    socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG) = 3
                    sendto(3, [{nlmsg_len=40, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, {sdiag_family=AF_UNIX, sdiag_protocol=0, udiag_states=1<<TCP_ESTABLISHED|1<<TCP_SYN_SENT|1<<TCP_SYN_RECV|1<<TCP_FIN_WAIT1|1<<TCP_FIN_WAIT2|1<<TCP_TIME_WAIT|1<<TCP_CLOSE|1<<TCP_CLOSE_WAIT|1<<TCP_LAST_ACK|1<<TCP_LISTEN|1<<TCP_CLOSING|1<<TCP_NEW_SYN_RECV|0xADDR, udiag_ino=123, udiag_show=UDIAG_SHOW_NAME|UDIAG_SHOW_PEER, udiag_cookie=[1, 2]}], 40, MSG_DONTWAIT, NULL, 0) = 40
                    sendto(3, [{nlmsg_len=72, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=2, nlmsg_pid=0}, {sdiag_family=AF_INET, sdiag_protocol=IPPROTO_TCP, idiag_ext=1<<(INET_DIAG_INFO-1), idiag_states=1<<TCP_LISTEN, id={idiag_sport=htons(22), idiag_dport=htons(1234), idiag_src=inet_addr("127.0.0.1"), idiag_dst=inet_addr("0.0.0.0"), idiag_if=if_nametoindex("lo"), idiag_cookie=[4294967295, 4294967295]}}], 72, MSG_DONTWAIT, NULL, 0) = 72
                    sendto(3, [{nlmsg_len=36, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=3, nlmsg_pid=0}, {sdiag_family=AF_NETLINK, sdiag_protocol=NDIAG_PROTO_ALL, ndiag_ino=0, ndiag_show=NDIAG_SHOW_MEMINFO|NDIAG_SHOW_GROUPS, ndiag_cookie=[4294967295, 4294967295]}], 36, MSG_DONTWAIT, NULL, 0) = 36
                    +++ exited with 0 +++
                    """;
            case "sockopts" -> """
                    setsockopt(3, SOL_SOCKET, SO_KEEPALIVE, [1], 4) = 0
                    setsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8) = 0
                    setsockopt(3, SOL_SOCKET, SO_LINGER, 0xADDR, 4) = -1 EINVAL (Invalid argument)
                    setsockopt(3, SOL_SOCKET, SO_DEBUG, 0x8, 4) = -1 EFAULT (Bad address)
                    getsockopt(3, SOL_SOCKET, SO_TYPE, [1], [4]) = 0
                    getsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, [8]) = 0
                    getsockopt(3, SOL_SOCKET, SO_PEERCRED, {pid=PID, uid=0, gid=0}, [12]) = 0
                    getsockopt(3, SOL_SOCKET, SO_PEERCRED, {pid=PID, uid="\\x00\\x00"}, [6]) = 0
                    getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0
                    getsockopt(3, SOL_SOCKET, SO_RCVBUF, "\\x00\\x40", [2]) = 0
                    getsockopt(3, SOL_SOCKET, SO_TXREHASH, 0xADDR, [4]) = -1 EOPNOTSUPP (Operation not supported)
                    setsockopt(3, SOL_SOCKET, SO_TXREHASH, [SOCK_TXREHASH_DEFAULT], 4) = -1 EOPNOTSUPP (Operation not supported)
                    setsockopt(3, SOL_SOCKET, 0x7fff /* SO_??? */, [255], 4) = -1 ENOPROTOOPT (Protocol not available)
                    getsockopt(3, SOL_SOCKET, SO_TYPE, 0xADDR, 0x8) = -1 EFAULT (Bad address)
                    setsockopt(5, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr("224.0.0.3"), imr_interface=inet_addr("127.0.0.1")}, 8) = 0
                    setsockopt(5, SOL_IP, IP_DROP_MEMBERSHIP, 0xADDR, 4) = -1 EINVAL (Invalid argument)
                    setsockopt(5, SOL_IP, MCAST_JOIN_GROUP, {gr_interface=if_nametoindex("lo"), gr_group={sa_family=AF_INET, sin_port=htons(PORT), sin_addr=inet_addr("224.0.0.4")}}, 136) = 0
                    setsockopt(5, SOL_IP, IP_TTL, [255], 4) = 0
                    setsockopt(5, SOL_UDP, UDP_CORK, [255], 4) = 0
                    setsockopt(6, SOL_IPV6, IPV6_ADD_MEMBERSHIP, {inet_pton(AF_INET6, "ff01::c", &ipv6mr_multiaddr), ipv6mr_interface=if_nametoindex("lo")}, 20) = 0
                    setsockopt(6, SOL_IPV6, IPV6_LEAVE_ANYCAST, {inet_pton(AF_INET6, "ff01::c", &ipv6mr_multiaddr), ipv6mr_interface=if_nametoindex("lo")}, 20) = -1 ENOENT (No such file or directory)
                    setsockopt(7, SOL_RAW, ICMP_FILTER, ~[ICMP_ECHOREPLY ICMP_TIME_EXCEEDED], 4) = 0
                    setsockopt(7, SOL_RAW, ICMP_FILTER, ~[ICMP_ECHOREPLY 0x1 /* ICMP_??? */ 0x2 /* ICMP_??? */ ICMP_DEST_UNREACH ICMP_SOURCE_QUENCH ICMP_REDIRECT 0x6 /* ICMP_??? */ 0x7 /* ICMP_??? */ 0x9 /* ICMP_??? */ 0xa /* ICMP_??? */ ICMP_TIME_EXCEEDED ICMP_PARAMETERPROB ICMP_TIMESTAMP ICMP_TIMESTAMPREPLY ICMP_INFO_REQUEST], 2) = 0
                    getsockopt(7, SOL_RAW, ICMP_FILTER, ~[ICMP_ECHOREPLY 0x1 /* ICMP_??? */ 0x2 /* ICMP_??? */ ICMP_DEST_UNREACH ICMP_SOURCE_QUENCH ICMP_REDIRECT 0x6 /* ICMP_??? */ 0x7 /* ICMP_??? */ 0x9 /* ICMP_??? */ 0xa /* ICMP_??? */ ICMP_TIME_EXCEEDED ICMP_PARAMETERPROB ICMP_TIMESTAMP ICMP_TIMESTAMPREPLY ICMP_INFO_REQUEST], [4]) = 0
                    setsockopt(8, SOL_PACKET, PACKET_ADD_MEMBERSHIP, {mr_ifindex=if_nametoindex("lo"), mr_type=PACKET_MR_PROMISC, mr_alen=6, mr_address=ff:ff:ff:ff:ff:ff}, 16) = 0
                    setsockopt(8, SOL_PACKET, PACKET_DROP_MEMBERSHIP, {mr_ifindex=if_nametoindex("lo"), mr_type=0x9 /* PACKET_MR_??? */, mr_alen=6, mr_address=ff:ff:ff:ff:ff:ff}, 16) = 0
                    setsockopt(8, SOL_PACKET, PACKET_RX_RING, {tp_block_size=4096, tp_block_nr=0, tp_frame_size=2048, tp_frame_nr=0}, 16) = 0
                    setsockopt(8, SOL_PACKET, PACKET_TX_RING, 0xADDR, 8) = -1 EINVAL (Invalid argument)
                    getsockopt(8, SOL_PACKET, PACKET_STATISTICS, {tp_packets=0, tp_drops=0}, [8]) = 0
                    getsockopt(8, SOL_PACKET, PACKET_STATISTICS, {tp_packets=0, tp_drops="\\x00"}, [5]) = 0
                    setsockopt(9, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, [1], 4) = 0
                    getsockopt(9, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, [1, 0], [16 => 8]) = 0
                    getsockopt(9, SOL_NETLINK, NETLINK_CAP_ACK, [0], [4]) = 0
                    +++ exited with 0 +++
                    """;
            case "ioctls3" -> """
                    ioctl(-1, SECCOMP_IOCTL_NOTIF_RECV, 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SECCOMP_IOCTL_NOTIF_RECV, {id=0x1234, pid=42, flags=0, data={nr=0, arch=0 /* AUDIT_ARCH_??? */, instruction_pointer=NULL, args=[0, 0, 0, 0, 0, 0]}} => 0xADDR) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SECCOMP_IOCTL_NOTIF_SEND, {id=0x1234, val=-1, error=-EACCES, flags=SECCOMP_USER_NOTIF_FLAG_CONTINUE}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SECCOMP_IOCTL_NOTIF_ID_VALID, [0xADDR]) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SECCOMP_IOCTL_NOTIF_ADDFD, {id=0x7, flags=SECCOMP_ADDFD_FLAG_SETFD, srcfd=3, newfd=9, newfd_flags=O_CLOEXEC}) = -1 EBADF (Bad file descriptor)
                    ioctl(-1, SECCOMP_IOCTL_NOTIF_ADDFD, 0x1) = -1 EBADF (Bad file descriptor)
                    ioctl(3, UBI_IOCMKVOL, {vol_id=3, alignment=1, bytes=1048576, vol_type=UBI_STATIC_VOLUME, flags=0, name_len=4, name="data"}) = -1 ENOTTY (Inappropriate ioctl for device)
                    ioctl(3, UBI_IOCRMVOL, [3]) = -1 ENOTTY (Inappropriate ioctl for device)
                    ioctl(3, UBI_IOCRSVOL, {bytes=2097152, vol_id=3}) = -1 ENOTTY (Inappropriate ioctl for device)
                    ioctl(3, UBI_IOCATT, {ubi_num=-1, mtd_num=1, vid_hdr_offset=0, max_beb_per1024=20}) = -1 ENOTTY (Inappropriate ioctl for device)
                    ioctl(3, UBI_IOCEBCH, {lnum=1, bytes=4096, dtype=UBI_UNKNOWN}) = -1 ENOTTY (Inappropriate ioctl for device)
                    ioctl(3, PIO_SCRNMAP, "\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c\\x0d\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c\\x1d\\x1e\\x1f"...) = -1 ENOTTY (Inappropriate ioctl for device)
                    ioctl(3, GIO_SCRNMAP, 0xADDR) = -1 ENOTTY (Inappropriate ioctl for device)
                    +++ exited with 0 +++
                    """;
            case "ldt" -> """
                    set_thread_area({entry_number=-1, base_addr=0xADDR, limit=0xADDR, seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=0, seg_not_present=0, useable=1, lm=0}) = -1 ENOSYS (Function not implemented)
                    get_thread_area({entry_number=-1, ...}) = -1 ENOSYS (Function not implemented)
                    get_thread_area({entry_number=1, ...}) = -1 ENOSYS (Function not implemented)
                    set_thread_area(NULL) = -1 ENOSYS (Function not implemented)
                    get_thread_area(0x1) = -1 ENOSYS (Function not implemented)
                    modify_ldt(0, NULL, 0) = 0
                    modify_ldt(0, 0xADDR, 7) = 0
                    modify_ldt(1, 0xADDR, 7) = 4294967274 EINVAL (Invalid argument)
                    +++ exited with 0 +++
                    """;
            case "kcmp" -> """
                    kcmp(PID, PID, KCMP_FILE, 3, 5) = 0
                    kcmp(PID, PID, KCMP_VM) = 0
                    kcmp(-1, -1, 0xdead /* KCMP_??? */, 0xADDR, 0x2) = -1 ESRCH (No such process)
                    kcmp(PID, PID, KCMP_EPOLL_TFD, 3, {efd=3, tfd=4, toff=3}) = -1 EINVAL (Invalid argument)
                    kcmp(PID, PID, KCMP_EPOLL_TFD, 3, 0x1) = -1 EFAULT (Bad address)
                    pidfd_getfd(6, 4, 0) = 7
                    pidfd_getfd(-1, 4, 0) = -1 EBADF (Bad file descriptor)
                    +++ exited with 0 +++
                    """;
            case "futexops" -> """
                    futex(0xADDR, FUTEX_WAKE_OP, 1, 0, 0xADDR, FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_EQ<<24|0) = 0
                    futex(0xADDR, FUTEX_WAKE_OP_PRIVATE, 4208909741, 1, 0xADDR, FUTEX_OP_OPARG_SHIFT<<28|FUTEX_OP_ANDN<<28|0xdfa<<12|FUTEX_OP_CMP_GE<<24|0xced) = 0
                    futex(0xADDR, FUTEX_WAKE_OP, 1, 0, 0xADDR, 0x5<<28 /* FUTEX_OP_??? */|0<<12|0x6<<24 /* FUTEX_OP_CMP_??? */|0) = -1 ENOSYS (Function not implemented)
                    futex(0xADDR, FUTEX_WAKE, 4208909741) = 0
                    futex(0xADDR, 0x101 /* FUTEX_??? */, 1) = -1 ENOSYS (Function not implemented)
                    futex(0xADDR, FUTEX_REQUEUE_PRIVATE, 4208909741, 3405705229, 0xADDR) = -1 EINVAL (Invalid argument)
                    futex(0xADDR, 0xADDR /* FUTEX_??? */, 4208909741, 0x1000, 0xADDR, 0xADDR) = -1 ENOSYS (Function not implemented)
                    +++ exited with 0 +++
                    """;
            case "clonepidfd" -> """
                    clone(child_stack=NULL, flags=CLONE_PIDFD|SIGCHLD, parent_tid=[3]) = PID
                    --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=PID, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
                    +++ exited with 0 +++
                    """;
            default -> throw new IllegalArgumentException(sample);
        };
    }
}
