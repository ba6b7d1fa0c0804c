package jstrace.cli;

/** A command-line mistake: printed as "jstrace: MESSAGE" (plus the -h hint when asked), exit 1. */
public final class UsageError extends RuntimeException {
    public final boolean hint;

    public UsageError(String message, boolean hint) {
        super(message);
        this.hint = hint;
    }
}
