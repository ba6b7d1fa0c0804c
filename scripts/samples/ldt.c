/* struct user_desc (issue 14): set_thread_area, get_thread_area, modify_ldt, with a kernel-chosen
 * TLS entry, a NULL and an unreadable pointer, and a byte count modify_ldt does not decode. */
#include <asm/ldt.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
    struct user_desc d;
    memset(&d, 0, sizeof d);
    d.entry_number = -1;
    d.base_addr = 0x1000;
    d.limit = 0xfff;
    d.seg_32bit = 1;
    d.useable = 1;
    syscall(SYS_set_thread_area, &d);
    unsigned int chosen = d.entry_number;
    memset(&d, 0, sizeof d);
    d.entry_number = chosen;
    syscall(SYS_get_thread_area, &d);
    d.entry_number = 1; /* not a TLS entry: EINVAL */
    syscall(SYS_get_thread_area, &d);
    syscall(SYS_set_thread_area, NULL);
    syscall(SYS_get_thread_area, (void *) 1);
    syscall(SYS_modify_ldt, 0, NULL, 0);
    syscall(SYS_modify_ldt, 0, &d, 7); /* read: a count that is not the struct size */
    syscall(SYS_modify_ldt, 1, &d, 7); /* write: EINVAL, returned as an unsigned int */
    return 0;
}
