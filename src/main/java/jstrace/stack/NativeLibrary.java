package jstrace.stack;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.Library;
import com.kenai.jffi.Type;

/**
 * A shared library opened with dlopen and called through jffi's direct invoker, as {@link
 * jstrace.nativ.Kernel} calls its stubs: every argument is passed as a 64-bit integer register
 * (pointers, sizes, and ints, whose upper half the callee ignores), so no binding class is generated
 * and six-argument calls take the same path as the others. Loaded only for -k.
 */
final class NativeLibrary {
    /** The library could not be opened or lacks a symbol: what is missing, as one line. */
    static final class Missing extends Exception {
        Missing(String message) {
            super(message);
        }
    }

    private static final Invoker INVOKER = Invoker.getInstance();
    private static final CallContext[] LONG_RESULT = new CallContext[7], INT_RESULT = new CallContext[7];

    static {
        for (int n = 0; n <= 6; n++) {
            Type[] params = new Type[n];
            java.util.Arrays.fill(params, Type.SINT64);
            LONG_RESULT[n] = CallContext.getCallContext(Type.SINT64, params, CallingConvention.DEFAULT, false);
            INT_RESULT[n] = CallContext.getCallContext(Type.SINT32, params, CallingConvention.DEFAULT, false);
        }
    }

    private final Library library;
    final String name;

    private NativeLibrary(Library library, String name) {
        this.library = library;
        this.name = name;
    }

    /** dlopen(path, RTLD_LAZY | RTLD_GLOBAL): global, so a library loaded next finds its symbols. */
    static NativeLibrary open(String path) throws Missing {
        Library l = Library.openLibrary(path, Library.LAZY | Library.GLOBAL);
        if (l == null) throw new Missing(Library.getLastError());
        return new NativeLibrary(l, path);
    }

    /** The address of a function or variable; Missing when the library has no such symbol. */
    long symbol(String symbol) throws Missing {
        long a = library.getSymbolAddress(symbol);
        if (a == 0) throw new Missing(name + ": undefined symbol " + symbol);
        return a;
    }

    /** Calls {@code fn} with up to six integer or pointer arguments; returns its 64-bit result. */
    static long call(long fn, long... a) {
        return invoke(LONG_RESULT[a.length], fn, a);
    }

    /** The same for a function that returns an int. */
    static int callInt(long fn, long... a) {
        return (int) invoke(INT_RESULT[a.length], fn, a);
    }

    private static long invoke(CallContext ctx, long fn, long[] a) {
        return switch (a.length) {
            case 0 -> INVOKER.invokeN0(ctx, fn);
            case 1 -> INVOKER.invokeN1(ctx, fn, a[0]);
            case 2 -> INVOKER.invokeN2(ctx, fn, a[0], a[1]);
            case 3 -> INVOKER.invokeN3(ctx, fn, a[0], a[1], a[2]);
            case 4 -> INVOKER.invokeN4(ctx, fn, a[0], a[1], a[2], a[3]);
            case 5 -> INVOKER.invokeN5(ctx, fn, a[0], a[1], a[2], a[3], a[4]);
            case 6 -> INVOKER.invokeN6(ctx, fn, a[0], a[1], a[2], a[3], a[4], a[5]);
            default -> throw new IllegalArgumentException(a.length + " arguments");
        };
    }
}
