package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jstrace.cli.CommandLineParser;
import jstrace.cli.Options;
import jstrace.decode.Call;
import jstrace.event.TraceEvent;
import jstrace.event.TraceListener;
import jstrace.filter.Qualifiers;
import jstrace.nativ.Spawner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions run in this JVM, traced into a collecting sink: the tests look at the events themselves,
 * not at text. Each session runs on a thread of its own, which becomes its tracer thread.
 */
class SessionEventsIT {
    @BeforeAll
    static void samples() throws Exception {
        SamplesIT.buildSamples();
    }

    /** Every event, calls as snapshots at entry and at exit, in the order the sink saw them. */
    static final class Collecting extends jstrace.event.EventValues {
        final List<TraceEvent> events;
        final List<TraceEvent.Syscall> entries = new ArrayList<>();
        final AtomicInteger finishes = new AtomicInteger();
        final List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());

        Collecting() {
            this(new ArrayList<>());
        }

        private Collecting(List<TraceEvent> events) {
            super(events::add);
            this.events = events;
        }

        @Override
        public void syscallEntered(Call c) {
            TraceEvent.Syscall s = c.snapshot(false);
            entries.add(s);
            events.add(s);
        }

        @Override
        public void finish() {
            finishes.incrementAndGet();
        }

        <T extends TraceEvent> List<T> of(Class<T> type) {
            List<T> out = new ArrayList<>();
            for (TraceEvent e : events) if (type.isInstance(e)) out.add(type.cast(e));
            return out;
        }

        List<TraceEvent.Syscall> finishedCalls() {
            List<TraceEvent.Syscall> out = new ArrayList<>();
            for (TraceEvent.Syscall s : of(TraceEvent.Syscall.class)) if (s.finished()) out.add(s);
            return out;
        }
    }

    /** Traces jstrace's command line {@code args} in a session on its own thread; the trace text goes to a temporary -o file. */
    static Collecting trace(String... args) throws Exception {
        Path text = Files.createTempFile("jstrace-session", ".trace");
        try {
            List<String> all = new ArrayList<>(List.of("-o", text.toString()));
            all.addAll(List.of(args));
            Options opts = CommandLineParser.parse(all.toArray(String[]::new));
            Qualifiers q = opts.filters;
            List<byte[]> env = Spawner.originalEnvironment();
            String path = Main.resolveCommand(opts.command.get(0), Spawner.getenv(env, "PATH"));
            Collecting sink = new Collecting();
            Throwable[] failure = new Throwable[1];
            Thread tracer = new Thread(() -> {
                try (Session s = Session.open(opts, q, env, path, null, List.of(sink), sink.messages::add)) {
                    s.run(() -> {}, () -> 0);
                } catch (Throwable t) {
                    failure[0] = t;
                }
            }, "test-tracer");
            tracer.start();
            tracer.join(60_000);
            assertFalse(tracer.isAlive(), "the session ended");
            if (failure[0] != null) throw new AssertionError(failure[0]);
            return sink;
        } finally {
            Files.deleteIfExists(text);
        }
    }

    @Test
    void everyCallIsEnteredThenExitedWithTheSameIdAndOneFinish() throws Exception {
        Collecting c = trace(SamplesIT.SAMPLES + "/getpid");
        assertEquals(1, c.finishes.get());
        Map<Long, Integer> entryIndex = new HashMap<>();
        Set<Long> exited = new HashSet<>();
        for (int i = 0; i < c.events.size(); i++) {
            if (!(c.events.get(i) instanceof TraceEvent.Syscall s)) continue;
            if (!s.finished()) {
                assertTrue(entryIndex.putIfAbsent(s.id(), i) == null || !exited.contains(s.id()), "one entry per id");
                continue;
            }
            Integer at = entryIndex.get(s.id());
            assertNotNull(at, "an entry before the exit of " + s);
            TraceEvent.Syscall entry = (TraceEvent.Syscall) c.events.get(at);
            assertEquals(entry.pid(), s.pid());
            assertEquals(entry.number(), s.number());
            assertTrue(s.exitMonoNanos() >= s.monoNanos(), "exit after entry");
            assertTrue(s.durationNanos() >= 0);
            assertTrue(exited.add(s.id()), "one exit per id");
        }
        List<TraceEvent.Syscall> calls = c.finishedCalls();
        assertEquals("execve", calls.get(0).name());
        TraceEvent.Syscall getpid = null;
        for (TraceEvent.Syscall s : calls) if (s.name().equals("getpid")) getpid = s;
        assertNotNull(getpid, "the sample's getpid");
        assertEquals(getpid.pid(), getpid.returnValue(), "getpid returns the tracee's pid");
        assertEquals(getpid.pid(), getpid.tgid());
        // a failed call carries its errno, and the exit its code
        List<TraceEvent.Exited> exits = c.of(TraceEvent.Exited.class);
        assertEquals(1, exits.size());
        assertEquals(getpid.pid(), exits.get(0).pid());
        long wall = System.currentTimeMillis() * 1_000_000L;
        assertTrue(Math.abs(wall - exits.get(0).wallNanos()) < 60_000_000_000L, "wall clock time");
    }

    @Test
    void callsDescribeTheirArgumentsAsTheTextShowsThem() throws Exception {
        Collecting c = trace("-e", "trace=openat,read,close,fstat,mmap", "cat", "/etc/hostname");
        TraceEvent.Syscall open = null, read = null;
        for (TraceEvent.Syscall s : c.finishedCalls()) {
            // the description is of the same text: its arguments joined are the line's arguments
            List<String> texts = new ArrayList<>();
            for (jstrace.decode.Description.Argument a : s.decodedArguments()) texts.add(a.text());
            assertEquals(s.arguments(), String.join(", ", texts), s.toString());
            if (s.name().equals("openat") && s.arguments().contains("/etc/hostname")) open = s;
            if (s.name().equals("read") && read == null && open != null) read = s;
        }
        assertNotNull(open);
        List<jstrace.decode.Description.Argument> a = open.decodedArguments();
        assertEquals(List.of("fd", "string", "flags"), a.stream().map(x -> x.kind()).toList(), a.toString());
        assertEquals(-100L, a.get(0).value(), "AT_FDCWD");
        assertEquals("\"/etc/hostname\"", a.get(1).text());
        assertEquals(0L, a.get(2).value(), "O_RDONLY");
        assertEquals("O_RDONLY", a.get(2).text());
        assertNotNull(read);
        List<jstrace.decode.Description.Argument> r = read.decodedArguments();
        assertEquals(List.of("fd", "string", "number"), r.stream().map(x -> x.kind()).toList(), r.toString());
        assertEquals(open.returnValue(), r.get(0).value());
    }

    @Test
    void forksNameParentAndChild() throws Exception {
        Collecting c = trace("-f", "-e", "trace=none", SamplesIT.SAMPLES + "/forktree");
        List<TraceEvent.TaskCreated> created = c.of(TraceEvent.TaskCreated.class);
        assertEquals(254, created.size(), "a binary tree of depth 7 has 254 children");
        Set<Integer> pids = new HashSet<>();
        for (TraceEvent.Exited e : c.of(TraceEvent.Exited.class)) {
            assertEquals(0, e.code());
            pids.add(e.pid());
        }
        assertEquals(255, pids.size(), "every process exits");
        for (TraceEvent.TaskCreated t : created) {
            assertEquals(TraceEvent.TaskKind.PROCESS, t.kind(), "glibc's fork is clone without CLONE_THREAD");
            assertEquals(t.child(), t.childTgid());
            assertTrue(pids.contains(t.pid()) && pids.contains(t.child()));
        }
        assertEquals(1, c.finishes.get());
    }

    @Test
    void threadsShareTheirGroup() throws Exception {
        Collecting c = trace("-f", SamplesIT.SAMPLES + "/threads");
        List<TraceEvent.TaskCreated> created = c.of(TraceEvent.TaskCreated.class);
        assertEquals(4, created.size());
        for (TraceEvent.TaskCreated t : created) {
            assertEquals(TraceEvent.TaskKind.THREAD, t.kind());
            assertEquals(t.tgid(), t.childTgid());
            assertTrue(t.syscall().startsWith("clone"), t.syscall());
        }
        int leader = created.get(0).tgid();
        for (TraceEvent.Syscall s : c.finishedCalls()) assertEquals(leader, s.tgid(), s.toString());
    }

    @Test
    void aThreadsExecTakesOverTheLeadersPid() throws Exception {
        Collecting c = trace("-f", SamplesIT.SAMPLES + "/threadexec");
        List<TraceEvent.Exec> execs = c.of(TraceEvent.Exec.class);
        TraceEvent.Exec byThread = execs.get(execs.size() - 1);
        assertTrue(byThread.formerTid() != byThread.pid(), "the exec'ing thread had its own tid: " + byThread);
        assertEquals(byThread.pid(), byThread.tgid());
        assertEquals("true", byThread.command());
        List<TraceEvent.Vanished> vanished = c.of(TraceEvent.Vanished.class);
        assertEquals(1, vanished.size());
        assertEquals(byThread.pid(), vanished.get(0).pid(), "the leader vanished");
        assertTrue(vanished.get(0).pendingCall() != 0, "in its pause()");
        assertTrue(c.events.indexOf(vanished.get(0)) < c.events.indexOf(byThread));
        // the leader's pause() never returns: it is reported unfinished
        boolean pauseUnfinished = false;
        for (TraceEvent.Syscall s : c.of(TraceEvent.Syscall.class)) {
            if (s.id() == vanished.get(0).pendingCall() && !s.finished() && c.entries.stream().noneMatch(e -> e == s)) {
                pauseUnfinished = true;
            }
        }
        assertTrue(pauseUnfinished);
        List<TraceEvent.Exited> exits = c.of(TraceEvent.Exited.class);
        assertEquals(byThread.pid(), exits.get(exits.size() - 1).pid(), "true exits with the old pid");
    }

    @Test
    void signalsCarryTheirSiginfo() throws Exception {
        Collecting c = trace(SamplesIT.SAMPLES + "/killself");
        List<TraceEvent.SignalDelivered> sigs = c.of(TraceEvent.SignalDelivered.class);
        assertEquals(1, sigs.size());
        TraceEvent.SignalDelivered s = sigs.get(0);
        assertEquals(11, s.signal());
        assertEquals("SIGSEGV", s.signalName());
        assertEquals(0, s.code(), "SI_USER: sent by kill()");
        assertEquals(s.pid(), s.sender(), "by itself");
        assertEquals(0, s.senderUid());
        assertEquals(128, s.siginfo().length);
        List<TraceEvent.Killed> killed = c.of(TraceEvent.Killed.class);
        assertEquals(1, killed.size());
        assertEquals(11, killed.get(0).signal());
        assertFalse(killed.get(0).coreDumped());
    }

    @Test
    void aSyscallLimitFinishesOnce() throws Exception {
        Collecting c = trace("-c", "--syscall-limit=3", "/bin/true");
        assertEquals(1, c.finishes.get());
        assertEquals(3, c.finishedCalls().size());
        assertFalse(c.of(TraceEvent.Detached.class).isEmpty(), "detached at the limit");
    }

    @Test
    void twoSessionsRunAtOnceEachWithItsOwnTracees() throws Exception {
        Collecting[] results = new Collecting[2];
        Throwable[] failures = new Throwable[2];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int n = i;
            threads[i] = new Thread(() -> {
                try {
                    results[n] = trace("-f", SamplesIT.SAMPLES + (n == 0 ? "/threads" : "/forktree"));
                } catch (Throwable t) {
                    failures[n] = t;
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) t.join();
        for (Throwable t : failures) if (t != null) throw new AssertionError(t);
        assertEquals(4, results[0].of(TraceEvent.TaskCreated.class).size());
        assertEquals(254, results[1].of(TraceEvent.TaskCreated.class).size());
        assertEquals(5, results[0].of(TraceEvent.Exited.class).size(), "four threads and the leader");
        assertEquals(255, results[1].of(TraceEvent.Exited.class).size());
    }
}
