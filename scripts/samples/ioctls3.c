/* ioctl families decoded by their own struct printers (issue 14): seccomp user notification,
 * UBI volumes and console screen maps. All on descriptors that refuse them (fd -1 or /dev/null),
 * so the results do not depend on the host; the structs are printed at entry as strace does. */
#include <linux/kd.h>
#include <linux/seccomp.h>
#include <mtd/ubi-user.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int main(void) {
    int null = open("/dev/null", O_RDONLY);
    struct seccomp_notif notif;
    memset(&notif, 0, sizeof notif);
    ioctl(-1, SECCOMP_IOCTL_NOTIF_RECV, &notif);
    notif.id = 0x1234;
    notif.pid = 42;
    ioctl(-1, SECCOMP_IOCTL_NOTIF_RECV, &notif);
    struct seccomp_notif_resp resp = {.id = 0x1234, .val = -1, .error = -13, .flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE};
    ioctl(-1, SECCOMP_IOCTL_NOTIF_SEND, &resp);
    unsigned long long id = 0xfeedface;
    ioctl(-1, SECCOMP_IOCTL_NOTIF_ID_VALID, &id);
    struct seccomp_notif_addfd addfd = {.id = 7, .flags = SECCOMP_ADDFD_FLAG_SETFD, .srcfd = 3, .newfd = 9,
                                        .newfd_flags = O_CLOEXEC};
    ioctl(-1, SECCOMP_IOCTL_NOTIF_ADDFD, &addfd);
    ioctl(-1, SECCOMP_IOCTL_NOTIF_ADDFD, (void *) 1);

    struct ubi_mkvol_req mk;
    memset(&mk, 0, sizeof mk);
    mk.vol_id = 3;
    mk.alignment = 1;
    mk.bytes = 1 << 20;
    mk.vol_type = UBI_STATIC_VOLUME;
    mk.name_len = 4;
    strcpy(mk.name, "data");
    ioctl(null, UBI_IOCMKVOL, &mk);
    int vol = 3;
    ioctl(null, UBI_IOCRMVOL, &vol);
    struct ubi_rsvol_req rs = {.bytes = 1 << 21, .vol_id = 3};
    ioctl(null, UBI_IOCRSVOL, &rs);
    struct ubi_attach_req at = {.ubi_num = UBI_DEV_NUM_AUTO, .mtd_num = 1, .vid_hdr_offset = 0, .max_beb_per1024 = 20};
    ioctl(null, UBI_IOCATT, &at);
    struct ubi_leb_change_req leb = {.lnum = 1, .bytes = 4096, .dtype = 3};
    ioctl(null, UBI_IOCEBCH, &leb);

    unsigned char map[E_TABSZ];
    for (int i = 0; i < E_TABSZ; i++) map[i] = (unsigned char) i;
    ioctl(null, PIO_SCRNMAP, map);
    ioctl(null, GIO_SCRNMAP, map);
    return 0;
}
