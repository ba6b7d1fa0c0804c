/* bpf(2)'s per-command attr decoders: an attr cut short by its size (the struct ends with the last
 * field passed), one longer than known (extra_data / "..." for nonzero bytes), eBPF instructions,
 * ids and counts the kernel writes back (shown at exit), and the info of a real map (where the
 * kernel lets us create one). */
#define _GNU_SOURCE
#include <linux/bpf.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long bpf(int cmd, void *attr, unsigned int size) {
    return syscall(SYS_bpf, cmd, attr, size);
}

int main(void) {
    union {
        union bpf_attr a;
        unsigned char bytes[256];
    } u;

    memset(&u, 0, sizeof u);
    u.a.map_type = BPF_MAP_TYPE_ARRAY;
    u.a.key_size = 4;
    bpf(BPF_MAP_CREATE, &u, 8); /* cut after value_size's start: value_size=0, max_entries=0 */
    u.a.value_size = 0xbadc0ded;
    u.a.max_entries = 3;
    u.a.map_flags = BPF_F_NUMA_NODE | BPF_F_RDONLY | 0x80000000u;
    u.a.numa_node = -1;
    strcpy(u.a.map_name, "jstrace_map");
    u.a.inner_map_fd = -1;
    u.a.btf_fd = -1;
    bpf(BPF_MAP_CREATE, &u, 72);
    u.bytes[80] = 0x5a; /* past the fields known */
    bpf(BPF_MAP_CREATE, &u, 96);
    bpf(BPF_MAP_CREATE, &u, 40); /* map_name cut to 12 bytes */

    struct bpf_insn insns[] = {
        {.code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0, .imm = 0},
        {.code = BPF_JMP | BPF_EXIT},
        {.code = BPF_LDX | BPF_MEM | BPF_W, .dst_reg = 1, .src_reg = 10, .off = -4},
    };
    memset(&u, 0, sizeof u);
    u.a.prog_type = 0xdead;
    u.a.insn_cnt = 3;
    u.a.insns = (uintptr_t) insns;
    u.a.license = (uintptr_t) "GPL";
    u.a.kern_version = 0x050a03;
    u.a.prog_flags = BPF_F_STRICT_ALIGNMENT;
    strcpy(u.a.prog_name, "jstrace_prog");
    bpf(BPF_PROG_LOAD, &u, 64);

    memset(&u, 0, sizeof u);
    u.a.start_id = 0xfffffff0;
    bpf(BPF_MAP_GET_NEXT_ID, &u, 12);
    bpf(BPF_PROG_GET_NEXT_ID, &u, 8);

    uint32_t ids[2] = {7, 8};
    memset(&u, 0, sizeof u);
    u.a.query.target_fd = -1;
    u.a.query.attach_type = BPF_CGROUP_INET_EGRESS;
    u.a.query.query_flags = BPF_F_QUERY_EFFECTIVE;
    u.a.query.prog_ids = (uintptr_t) ids;
    u.a.query.prog_cnt = 2;
    bpf(BPF_PROG_QUERY, &u, 28);

    memset(&u, 0, sizeof u);
    u.a.test.prog_fd = -1;
    u.a.test.repeat = 5;
    u.a.test.flags = BPF_F_TEST_RUN_ON_CPU;
    bpf(BPF_PROG_TEST_RUN, &u, 72);
    bpf(BPF_PROG_TEST_RUN, &u, 40);

    /* a real map and its info (-v: decoded at exit as struct bpf_map_info) */
    memset(&u, 0, sizeof u);
    u.a.map_type = BPF_MAP_TYPE_ARRAY;
    u.a.key_size = 4;
    u.a.value_size = 8;
    u.a.max_entries = 2;
    strcpy(u.a.map_name, "jstrace_info");
    int fd = bpf(BPF_MAP_CREATE, &u, 72);
    unsigned char info[100];
    memset(info, 0, sizeof info);
    memset(&u, 0, sizeof u);
    u.a.info.bpf_fd = fd;
    u.a.info.info_len = sizeof info;
    u.a.info.info = (uintptr_t) info;
    bpf(BPF_OBJ_GET_INFO_BY_FD, &u, 16);
    if (fd >= 0) close(fd);

    bpf(0xdead, &u, 16);
    bpf(BPF_MAP_CREATE, NULL, 72);
    bpf(BPF_MAP_CREATE, &u, 0);
    return 0;
}
