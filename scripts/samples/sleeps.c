/* sleeps: 20 clock_nanosleep calls of 20 ms and one of 200 ms (CLOCK_MONOTONIC, relative, with
 * a timer slack of 1 ns so the kernel does not round them up), then exits 0. Used to check the
 * -c -w percentiles against known durations. */
#include <sys/prctl.h>
#include <time.h>

int main(void)
{
	struct timespec short_sleep = {0, 20 * 1000 * 1000}, long_sleep = {0, 200 * 1000 * 1000};
	prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
	for (int i = 0; i < 20; i++)
		clock_nanosleep(CLOCK_MONOTONIC, 0, &short_sleep, NULL);
	clock_nanosleep(CLOCK_MONOTONIC, 0, &long_sleep, NULL);
	return 0;
}
