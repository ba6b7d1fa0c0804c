/* forktree: a bounded fork bomb. Every process forks two children down to depth 7 (255 processes in
 * all), waits for them and exits 0. Used to compare -c -f counts with strace's. */
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int depth = 0;
	for (;;) {
		if (depth == 7)
			return 0;
		pid_t a = fork();
		if (a == 0) {
			depth++;
			continue;
		}
		pid_t b = fork();
		if (b == 0) {
			depth++;
			continue;
		}
		waitpid(a, NULL, 0);
		waitpid(b, NULL, 0);
		return 0;
	}
}
