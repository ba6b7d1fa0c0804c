package jstrace.nativ;

/**
 * The native memory one trace session reads tracees through (process_vm_readv's buffer and iovecs,
 * readlink's buffer), owned by the session's tracer thread and freed when the session ends. Nothing
 * native is shared between sessions.
 */
public final class Scratch implements AutoCloseable {
    /** process_vm_readv reads at most this much at once. */
    public static final int CHUNK = 64 * 1024;
    public final NativeBuffer chunk = new NativeBuffer(CHUNK);
    /** Two iovecs (local, remote), or one word for PTRACE_PEEKDATA. */
    public final NativeBuffer iov = new NativeBuffer(32);
    /** readlink's target (PATH_MAX). */
    public final NativeBuffer link = new NativeBuffer(4096);
    /** Whether process_vm_readv works here (else PTRACE_PEEKDATA); learnt at the first refusal. */
    public boolean vmReadvWorks = true;

    @Override
    public void close() {
        chunk.free();
        iov.free();
        link.free();
    }
}
