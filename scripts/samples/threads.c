/* threads: four threads each make a known number of system calls (getpid, a failing openat, a
 * write to /dev/null), then the main thread joins them and exits 0. Used to compare -c -f counts. */
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

enum { THREADS = 4, ROUNDS = 25 };

static void *work(void *arg)
{
	int fd = *(int *) arg;
	for (int i = 0; i < ROUNDS; i++) {
		getpid();
		open("/nonexistent/jstrace-sample", O_RDONLY);
		write(fd, "x", 1);
	}
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];
	int fd = open("/dev/null", O_WRONLY);
	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, work, &fd);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	return 0;
}
