package jstrace.cli;

import java.util.ArrayList;
import java.util.List;

/** A command-line mistake: printed as "jstrace: MESSAGE" (plus the -h hint when asked), exit 1. */
public final class UsageError extends RuntimeException {
    public final boolean hint;
    /** Warnings strace would have printed before it found this mistake (printed first). */
    public final List<String> before = new ArrayList<>();

    public UsageError(String message, boolean hint) {
        super(message);
        this.hint = hint;
    }
}
