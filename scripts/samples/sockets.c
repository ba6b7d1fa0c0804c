/* sockets: socket filters, kobject uevents and sock_diag requests. A classic BPF program of every
 * instruction class attached with SO_ATTACH_FILTER (loads from SKF_AD_OFF, SKF_NET_OFF and
 * SKF_LL_OFF, jumps, ALU, stores, misc, returns), read back with SO_GET_FILTER (the length of no
 * program first, then the instructions), and a struct sock_fprog of the wrong size; on a NETLINK_KOBJECT_UEVENT
 * socket a libudev monitor header alone and with its properties, and a kernel "ACTION@DEVPATH"
 * event; on NETLINK_SOCK_DIAG, unix, inet and netlink diag requests (never answered: nothing is
 * read back). */
#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SO_GET_FILTER
#define SO_GET_FILTER SO_ATTACH_FILTER
#endif

static int open_bound(int protocol)
{
	struct sockaddr_nl nl = {.nl_family = AF_NETLINK};
	int fd = socket(AF_NETLINK, SOCK_RAW, protocol);
	if (fd < 0 || bind(fd, (struct sockaddr *) &nl, sizeof nl))
		return -1;
	return fd;
}

/* libudev's monitor header (not a kernel UAPI struct) */
struct udev_header {
	char prefix[8];
	unsigned magic, header_size, properties_off, properties_len;
	unsigned subsystem_hash, devtype_hash, tag_bloom_hi, tag_bloom_lo;
};

int main(void)
{
	struct sock_filter insns[] = {
		BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
		BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_NET_OFF + 9),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_LL_OFF + 2),
		BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14),
		BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
		BPF_STMT(BPF_ST, 3),
		BPF_STMT(BPF_STX, 4),
		BPF_STMT(BPF_ALU | BPF_ADD | BPF_X, 0),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0xff),
		BPF_STMT(BPF_MISC | BPF_TAX, 0),
		BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, 1000, 1, 0),
		BPF_STMT(BPF_RET | BPF_A, 0),
		BPF_STMT(BPF_RET | BPF_K, 0xffff),
	};
	struct sock_fprog prog = {sizeof insns / sizeof insns[0], insns};
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0)
		return 1;
	socklen_t len = BPF_MAXINSNS;
	getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, NULL, &len);
	setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog);
	struct sock_filter back[16];
	len = 16;
	getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, back, &len);
	setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog - 1);
	close(fd);

	fd = open_bound(NETLINK_KOBJECT_UEVENT);
	if (fd < 0)
		return 1;
	char buf[sizeof(struct udev_header) + 16];
	struct udev_header uh = {"libudev", htonl(0xfeedcafe), sizeof uh, sizeof uh, 16,
		htonl(0x1234), htonl(0x9abc), htonl(0x1), htonl(0x8000)};
	memcpy(buf, &uh, sizeof uh);
	memcpy(buf + sizeof uh, "ACTION=add\0SEQ=1", 16);
	sendto(fd, buf, sizeof uh, MSG_DONTWAIT, NULL, 0);
	sendto(fd, buf, sizeof buf, MSG_DONTWAIT, NULL, 0);
	static const char event[] = "add@/devices/virtual/misc/x\0ACTION=add";
	sendto(fd, event, sizeof event - 1, MSG_DONTWAIT, NULL, 0);
	close(fd);

	fd = open_bound(NETLINK_SOCK_DIAG);
	if (fd < 0)
		return 1;
	struct {
		struct nlmsghdr h;
		struct unix_diag_req r;
	} unix_req = {{sizeof unix_req, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 1, 0},
		{.sdiag_family = AF_UNIX, .udiag_states = -1, .udiag_ino = 123,
		 .udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER, .udiag_cookie = {1, 2}}};
	sendto(fd, &unix_req, sizeof unix_req, MSG_DONTWAIT, NULL, 0);
	struct {
		struct nlmsghdr h;
		struct inet_diag_req_v2 r;
	} inet_req = {{sizeof inet_req, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 2, 0},
		{.sdiag_family = AF_INET, .sdiag_protocol = IPPROTO_TCP,
		 .idiag_ext = 1 << (INET_DIAG_INFO - 1), .idiag_states = 1 << 10,
		 .id = {.idiag_sport = htons(22), .idiag_dport = htons(1234),
			.idiag_src = {htonl(0x7f000001)}, .idiag_if = 1,
			.idiag_cookie = {INET_DIAG_NOCOOKIE, INET_DIAG_NOCOOKIE}}}};
	sendto(fd, &inet_req, sizeof inet_req, MSG_DONTWAIT, NULL, 0);
	struct {
		struct nlmsghdr h;
		struct netlink_diag_req r;
	} nl_req = {{sizeof nl_req, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 3, 0},
		{.sdiag_family = AF_NETLINK, .sdiag_protocol = NDIAG_PROTO_ALL,
		 .ndiag_ino = 0, .ndiag_show = NDIAG_SHOW_MEMINFO | NDIAG_SHOW_GROUPS,
		 .ndiag_cookie = {INET_DIAG_NOCOOKIE, INET_DIAG_NOCOOKIE}}};
	sendto(fd, &nl_req, sizeof nl_req, MSG_DONTWAIT, NULL, 0);
	close(fd);
	return 0;
}
