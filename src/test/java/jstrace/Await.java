package jstrace;

/**
 * Waits for something a tracee or jstrace did (a file written, a state in /proc, a line printed):
 * the tests synchronise on events, and this only polls for them, with a limit generous enough for a
 * loaded machine that fails the test when the event never comes.
 */
final class Await {
    private static final long LIMIT_NS = 60_000_000_000L;

    interface Condition {
        boolean holds() throws Exception;
    }

    private Await() {}

    static void until(Condition c) throws Exception {
        for (long end = System.nanoTime() + LIMIT_NS; !holds(c); Thread.sleep(10)) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for a condition");
        }
    }

    /** A condition that throws (a file not there yet, a process gone) does not hold yet. */
    private static boolean holds(Condition c) {
        try {
            return c.holds();
        } catch (Exception e) {
            return false;
        }
    }
}
