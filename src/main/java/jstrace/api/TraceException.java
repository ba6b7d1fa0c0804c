package jstrace.api;

/** A trace that could not be made: bad options, a command that cannot be started, ptrace refused. */
public final class TraceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TraceException(String message) {
        super(message);
    }

    public TraceException(String message, Throwable cause) {
        super(message, cause);
    }
}
