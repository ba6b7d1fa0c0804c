package jstrace.decode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a struct printer {@code public static void name(Call c, long addr)} for the struct kind named in
 * syscalls.sig ({@code in:NAME}, {@code out:NAME}); the table generator wires signatures to it.
 * A printer may also take the length argument: {@code static void name(Call c, long addr, long len)}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface PrintsStruct {
    String[] value();
}
