package jstrace.decode.ioctl;

import jstrace.decode.Call;

/**
 * The decoder of one family of ioctl requests (one _IOC_TYPE byte), called at the call's entry and,
 * when it asked for it, at its exit. It prints the argument itself, separator included, or leaves it
 * to the caller, which prints it in hex as strace does for a request it does not decode.
 */
@FunctionalInterface
public interface IoctlFamily {
    /** Result: the argument is printed at exit (the decoder is called again then). */
    int AT_EXIT = 0;
    /** Result: the decoder does not know the request; the caller prints ", 0x..." (strace's RVAL_DECODED). */
    int DEFAULT_ARG = 1 << 24;
    /** Result: the decoder printed the argument, or the request takes none (strace's RVAL_IOCTL_DECODED). */
    int PRINTED = 1 << 25;

    /**
     * Decodes the argument of {@code code}; returns AT_EXIT (at entry only), DEFAULT_ARG or PRINTED,
     * PRINTED possibly or-ed with {@link Call}'s RET_ bits for how the result is printed.
     */
    int decode(Call c, int code, long arg);
}
