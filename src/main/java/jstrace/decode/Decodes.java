package jstrace.decode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a hand-written decoder {@code public static int name(Call c)} for the named syscalls. The build's
 * table generator finds these in the sources and dispatches to them instead of the decoder it would
 * generate from the syscall's signature in syscall-tables/syscalls.sig.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Decodes {
    String[] value();
}
