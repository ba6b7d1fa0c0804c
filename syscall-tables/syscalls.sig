# Syscall signatures: one line per x86_64 syscall.
#   name   classes   return-kind   argument kinds (comma-separated, in order; "-" for none)
# classes (strace's -e trace=%CLASS): desc file ipc net process signal memory creds clock pure stat
#   lstat fstat stat_like statfs fstatfs statfs_like never_fails, and reads_data / writes_data (the
#   calls whose data -e read= / -e write= dump: the buffer argument after the fd); "-" for none.
# return kinds: long (decimal, the default), int, ulong, hex, oct, fd (a new fd: decorated by -y), pid
#   (a process or thread id: decorated by -Y),
#   noreturn (printed "= ?").
# argument kinds: int uint long ulong hex oct ptr fd dirfd path str uid gid pid signo mode clockid,
#   flags:XLAT, xval:XLAT (tables in xlat/), inbuf:N (printed at entry, length argument N),
#   outbuf:N / outbuf:ret (printed at exit, length argument N / the return value),
#   in:STRUCT, out:STRUCT (printed at exit), inout:STRUCT, and STRUCT:N kinds whose printer takes
#   the length argument N. Structs are printed by methods marked @PrintsStruct("STRUCT").
# Further kinds (printed by hand-written code or struct printers; until one exists the generator prints
#   an address): argv (string array printed in full), envp (address /* N vars */), flagsmode:XLAT (XLAT
#   flags then |0NNN permission bits: IPC_CREAT|0600), mode_type (S_IFxxx|0NNN), dev (makedev(0xM, 0xm)),
#   unused (a register strace does not print: preadv2/pwritev2 pos_h), iovec_in:N / iovec_out:N (iovec
#   array, count in argument N), iovec_addrs:N (remote iovecs, addresses only), sockaddr_in:N,
#   sockaddr_out:N, pollfd:N, sigset:N, cpuset:N, nodemask:N, sembuf:N, quotactl_cmd (QCMD(Q_x, xQUOTA)),
#   ioprio (IOPRIO_PRIO_VALUE(class, data)), personality (PER_xxx|flags or hex).
# Return kinds beyond those: signo (rt_sigtimedwait: "= 10 (SIGUSR1)"), xval:XLAT ("= 0 (SCHED_OTHER)"),
#   ioprio, time ("= N (ISO date)").
# 335-336 and 451-469 are unknown to strace 6.1: it prints them as syscall_0x14f(...) with six hex
#   arguments; their lines here are placeholders in that style.
# A syscall whose arguments need more than kinds has a hand-written decoder (@Decodes("name")); its
# line here still gives its classes and argument count.
read                    desc,reads_data             long      fd, outbuf:ret, ulong
write                   desc,writes_data            long      fd, inbuf:2, ulong
open                    desc,file                   fd        path, flags:open_flags, mode
close                   desc                        int       fd
stat                    file,stat,stat_like         int       path, out:stat
fstat                   desc,fstat,stat_like        int       fd, out:stat
lstat                   file,lstat,stat_like        int       path, out:stat
poll                    desc                        int       pollfd:1, uint, int
lseek                   desc                        long      fd, long, xval:whence_codes
mmap                    desc,memory                 hex       ptr, ulong, flags:mmap_prot, flags:mmap_flags, fd, hex
mprotect                memory                      int       ptr, ulong, flags:mmap_prot
munmap                  memory                      int       ptr, ulong
brk                     memory                      hex       ptr
rt_sigaction            signal                      int       signo, in:sigaction, out:sigaction, ulong
rt_sigprocmask          signal                      int       xval:sigprocmaskcmds, sigset:3, out:sigset:3, ulong
rt_sigreturn            signal                      long      -
ioctl                   desc                        int       fd, xval:ioctl_names, hex
pread64                 desc,reads_data             long      fd, outbuf:ret, ulong, long
pwrite64                desc,writes_data            long      fd, inbuf:2, ulong, long
readv                   desc,reads_data             long      fd, iovec_out:2, ulong
writev                  desc,writes_data            long      fd, iovec_in:2, ulong
access                  file                        int       path, flags:access_modes
pipe                    desc                        int       out:int_pair
select                  desc                        int       int, inout:fdset:0, inout:fdset:0, inout:fdset:0, inout:timeval
sched_yield             -                           int       -
mremap                  memory                      hex       ptr, ulong, ulong, flags:mremap_flags, ptr
msync                   memory                      int       ptr, ulong, flags:msync_flags
mincore                 memory                      int       ptr, ulong, ptr
madvise                 memory                      int       ptr, ulong, xval:madvise_cmds
shmget                  ipc                         int       xval:ipc_private, ulong, flagsmode:shm_resource_flags
shmat                   ipc,memory                  hex       int, ptr, flags:shm_flags
shmctl                  ipc                         int       int, xval:shmctl_flags, ptr
dup                     desc                        fd        fd
dup2                    desc                        fd        fd, fd
pause                   signal                      int       -
nanosleep               -                           int       in:timespec, out:timespec
getitimer               -                           int       xval:itimer_which, out:itimerval
alarm                   -                           int       uint
setitimer               -                           int       xval:itimer_which, in:itimerval, out:itimerval
getpid                  pure,never_fails            pid       -
sendfile                desc,net                    long      fd, fd, inout:loff, ulong
socket                  net                         fd        xval:addrfams, flags:socktypes, int
connect                 net                         int       fd, sockaddr_in:2, int
accept                  net                         fd        fd, sockaddr_out:2, inout:socklen
sendto                  net,writes_data             long      fd, inbuf:2, ulong, flags:msg_flags, sockaddr_in:5, int
recvfrom                net,reads_data              long      fd, outbuf:ret, ulong, flags:msg_flags, sockaddr_out:5, inout:socklen
sendmsg                 net,writes_data             long      fd, in:msghdr, flags:msg_flags
recvmsg                 net,reads_data              long      fd, out:msghdr, flags:msg_flags
shutdown                net                         int       fd, xval:shutdown_modes
bind                    net                         int       fd, sockaddr_in:2, int
listen                  net                         int       fd, int
getsockname             net                         int       fd, sockaddr_out:2, inout:socklen
getpeername             net                         int       fd, sockaddr_out:2, inout:socklen
socketpair              net                         int       xval:addrfams, flags:socktypes, int, out:int_pair
setsockopt              net                         int       fd, xval:socketlayers, xval:sock_options, inbuf:4, int
getsockopt              net                         int       fd, xval:socketlayers, xval:sock_options, outbuf:4, inout:socklen
clone                   process                     int       flags:clone_flags, ptr, ptr, ptr, hex
fork                    process                     pid       -
vfork                   process                     pid       -
execve                  file,process                int       path, argv, envp
exit                    process                     noreturn  int
wait4                   process                     int       pid, out:wait_status, flags:wait4_options, out:rusage
kill                    signal,process              int       pid, signo
uname                   -                           int       out:utsname
semget                  ipc                         int       xval:ipc_private, int, flagsmode:resource_flags
semop                   ipc                         int       int, sembuf:2, uint
semctl                  ipc                         int       int, int, xval:semctl_flags, ptr
shmdt                   ipc,memory                  int       ptr
msgget                  ipc                         int       xval:ipc_private, flagsmode:resource_flags
msgsnd                  ipc                         int       int, in:msgbuf:2, ulong, flags:ipc_msg_flags
msgrcv                  ipc                         long      int, out:msgbuf:ret, ulong, long, flags:ipc_msg_flags
msgctl                  ipc                         int       int, xval:msgctl_flags, ptr
fcntl                   desc                        int       fd, xval:fcntlcmds, hex
flock                   desc                        int       fd, flags:flockcmds
fsync                   desc                        int       fd
fdatasync               desc                        int       fd
truncate                file                        int       path, long
ftruncate               desc                        int       fd, long
getdents                desc                        long      fd, dirents:2, uint
getcwd                  file                        long      outbuf:ret, ulong
chdir                   file                        int       path
fchdir                  desc                        int       fd
rename                  file                        int       path, path
mkdir                   file                        int       path, mode
rmdir                   file                        int       path
creat                   desc,file                   fd        path, mode
link                    file                        int       path, path
unlink                  file                        int       path
symlink                 file                        int       path, path
readlink                file                        long      path, outbuf:ret, ulong
chmod                   file                        int       path, mode
fchmod                  desc                        int       fd, mode
chown                   file                        int       path, uid, gid
fchown                  desc                        int       fd, uid, gid
lchown                  file                        int       path, uid, gid
umask                   never_fails                 oct       mode
gettimeofday            clock                       int       out:timeval, out:timezone
getrlimit               -                           int       xval:resources, out:rlimit
getrusage               -                           int       xval:rusage_who, out:rusage
sysinfo                 -                           int       out:sysinfo
times                   -                           long      out:tms
ptrace                  -                           long      xval:ptrace_cmds, pid, ptr, hex
getuid                  creds,pure,never_fails      int       -
syslog                  -                           int       xval:syslog_action_type, outbuf:ret, int
getgid                  creds,pure,never_fails      int       -
setuid                  creds                       int       uid
setgid                  creds                       int       gid
geteuid                 creds,pure,never_fails      int       -
getegid                 creds,pure,never_fails      int       -
setpgid                 -                           int       pid, pid
getppid                 pure,never_fails            pid       -
getpgrp                 pure,never_fails            int       -
setsid                  -                           int       -
setreuid                creds                       int       uid, uid
setregid                creds                       int       gid, gid
getgroups               creds                       int       int, out:gid_list:0
setgroups               creds                       int       int, in:gid_list:0
setresuid               creds                       int       uid, uid, uid
getresuid               creds                       int       out:uint_ptr, out:uint_ptr, out:uint_ptr
setresgid               creds                       int       gid, gid, gid
getresgid               creds                       int       out:uint_ptr, out:uint_ptr, out:uint_ptr
getpgid                 -                           int       pid
setfsuid                creds,never_fails           int       uid
setfsgid                creds,never_fails           int       gid
getsid                  -                           int       pid
capget                  creds                       int       inout:cap_header, out:cap_data
capset                  creds                       int       in:cap_header, in:cap_data
rt_sigpending           signal                      int       out:sigset:1, ulong
rt_sigtimedwait         signal                      signo     sigset:3, out:siginfo, in:timespec, ulong
rt_sigqueueinfo         signal,process              int       pid, signo, in:siginfo
rt_sigsuspend           signal                      int       sigset:1, ulong
sigaltstack             signal                      int       in:sigaltstack, out:sigaltstack
utime                   file                        int       path, in:utimbuf
mknod                   file                        int       path, mode_type, dev
uselib                  file                        int       path
personality             never_fails                 xval:personality_types personality
ustat                   statfs_like                 int       dev, ptr
statfs                  file,statfs,statfs_like     int       path, out:statfs
fstatfs                 desc,fstatfs,statfs_like    int       fd, out:statfs
sysfs                   -                           int       hex, hex, hex
getpriority             -                           int       xval:priorities, int
setpriority             -                           int       xval:priorities, int, int
sched_setparam          -                           int       pid, in:sched_param
sched_getparam          -                           int       pid, out:sched_param
sched_setscheduler      -                           int       pid, xval:schedulers, in:sched_param
sched_getscheduler      -                           xval:schedulers pid
sched_get_priority_max  -                           int       xval:schedulers
sched_get_priority_min  -                           int       xval:schedulers
sched_rr_get_interval   -                           int       pid, out:timespec
mlock                   memory                      int       ptr, ulong
munlock                 memory                      int       ptr, ulong
mlockall                memory                      int       flags:mlockall_flags
munlockall              memory                      int       -
vhangup                 -                           long      -
modify_ldt              -                           int       hex, hex, hex
pivot_root              file                        int       path, path
_sysctl                 -                           int       in:sysctl_args
prctl                   creds                       int       xval:prctl_options, hex, hex, hex, hex
arch_prctl              -                           int       xval:archvals, hex
adjtimex                clock                       xval:adjtimex_state inout:timex
setrlimit               -                           int       xval:resources, in:rlimit
chroot                  file                        int       path
sync                    -                           int       -
acct                    file                        int       path
settimeofday            clock                       int       in:timeval, in:timezone
mount                   file                        int       path, path, str, flags:mount_flags, str
umount2                 file                        int       path, flags:umount_flags
swapon                  file                        int       path, flags:swap_flags
swapoff                 file                        int       path
reboot                  -                           int       xval:bootflags1, xval:bootflags2, xval:bootflags3, str
sethostname             -                           int       inbuf:1, ulong
setdomainname           -                           int       inbuf:1, ulong
iopl                    -                           int       int
ioperm                  -                           int       hex, hex, int
create_module           -                           long      hex, hex
init_module             -                           int       ptr, ulong, str
delete_module           -                           int       str, flags:delete_module_flags
get_kernel_syms         -                           long      hex
query_module            -                           long      hex, hex, hex, hex, hex
quotactl                file                        int       quotactl_cmd, path, int, ptr
nfsservctl              -                           long      hex, hex, hex
getpmsg                 net                         long      hex, hex, hex, hex, hex
putpmsg                 net                         long      hex, hex, hex, hex, hex
afs_syscall             -                           long      hex, hex, hex, hex, hex
tuxcall                 -                           long      hex, hex, hex
security                -                           long      hex, hex, hex
gettid                  pure,never_fails            pid       -
readahead               desc                        int       fd, long, ulong
setxattr                file                        int       path, str, inbuf:3, ulong, flags:xattrflags
lsetxattr               file                        int       path, str, inbuf:3, ulong, flags:xattrflags
fsetxattr               desc                        int       fd, str, inbuf:3, ulong, flags:xattrflags
getxattr                file                        long      path, str, outbuf:ret, ulong
lgetxattr               file                        long      path, str, outbuf:ret, ulong
fgetxattr               desc                        long      fd, str, outbuf:ret, ulong
listxattr               file                        long      path, outbuf:ret, ulong
llistxattr              file                        long      path, outbuf:ret, ulong
flistxattr              desc                        long      fd, outbuf:ret, ulong
removexattr             file                        int       path, str
lremovexattr            file                        int       path, str
fremovexattr            desc                        int       fd, str
tkill                   signal,process              int       pid, signo
time                    clock                       time      out:time_t
futex                   -                           long      ptr, xval:futex_ops, int, in:timespec, ptr, int
sched_setaffinity       -                           int       pid, uint, cpuset:1
sched_getaffinity       -                           int       pid, uint, out:cpuset:1
set_thread_area         -                           int       hex
io_setup                memory                      int       uint, out:aio_context
io_destroy              memory                      int       ulong
io_getevents            -                           int       ulong, long, long, out:io_events:ret, in:timespec
io_submit               -                           int       ulong, long, iocbs:1
io_cancel               -                           int       ulong, in:iocb, out:io_event
get_thread_area         -                           int       hex
lookup_dcookie          -                           long      ulong, outbuf:ret, ulong
epoll_create            desc                        fd        int
epoll_ctl_old           -                           long      hex, hex, hex, hex
epoll_wait_old          -                           long      hex, hex, hex, hex
remap_file_pages        memory                      int       ptr, ulong, flags:mmap_prot, ulong, flags:mmap_flags
getdents64              desc                        long      fd, dirents:2, uint
set_tid_address         -                           int       hex
restart_syscall         -                           long      -
semtimedop              ipc                         int       int, sembuf:2, uint, in:timespec
fadvise64               desc                        int       fd, long, long, xval:advise
timer_create            -                           int       clockid, in:sigevent, out:int_ptr
timer_settime           -                           int       int, flags:clockflags, in:itimerspec, out:itimerspec
timer_gettime           -                           int       int, out:itimerspec
timer_getoverrun        -                           int       int
timer_delete            -                           int       int
clock_settime           clock                       int       clockid, in:timespec
clock_gettime           clock                       int       clockid, out:timespec
clock_getres            clock                       int       clockid, out:timespec
clock_nanosleep         -                           int       clockid, flags:clockflags, in:timespec, out:timespec
exit_group              process                     noreturn  int
epoll_wait              desc                        int       fd, out:epoll_events:ret, int, int
epoll_ctl               desc                        int       fd, xval:epollctls, fd, in:epoll_event
tgkill                  signal,process              int       pid, pid, signo
utimes                  file                        int       path, in:timeval_pair
vserver                 -                           long      hex, hex, hex, hex, hex
mbind                   memory                      int       ptr, ulong, mpol_mode, nodemask:4, ulong, flags:mbind_flags
set_mempolicy           memory                      int       mpol_mode32, nodemask:2, ulong
get_mempolicy           memory                      int       out:mpol_mode_ptr, out:nodemask:2, ulong, ptr, flags:get_mempolicy_flags
mq_open                 desc                        fd        str, flags:open_flags, mode, in:mq_attr
mq_unlink               -                           int       str
mq_timedsend            desc,writes_data            int       fd, inbuf:2, ulong, uint, in:timespec
mq_timedreceive         desc,reads_data             long      fd, outbuf:ret, ulong, out:uint_ptr, in:timespec
mq_notify               desc                        int       fd, in:sigevent
mq_getsetattr           desc                        int       fd, in:mq_attr, out:mq_attr
kexec_load              -                           long      hex, ulong, ptr, flags:kexec_load_flags
waitid                  process                     int       xval:waitid_types, int, out:siginfo, flags:wait4_options, out:rusage
add_key                 -                           int       str, str, inbuf:3, ulong, xval:key_spec
request_key             -                           int       str, str, str, xval:key_spec
keyctl                  -                           long      xval:keyctl_commands, hex, hex, hex, hex
ioprio_set              -                           int       xval:ioprio_who, int, ioprio
ioprio_get              -                           ioprio    xval:ioprio_who, int
inotify_init            desc                        fd        -
inotify_add_watch       desc,file                   int       fd, path, flags:inotify_flags
inotify_rm_watch        desc                        int       fd, int
migrate_pages           memory                      long      pid, ulong, nodemask:1, nodemask:1
openat                  desc,file                   fd        dirfd, path, flags:open_flags, mode
mkdirat                 desc,file                   int       dirfd, path, mode
mknodat                 desc,file                   int       dirfd, path, mode_type, dev
fchownat                desc,file                   int       dirfd, path, uid, gid, flags:at_flags
futimesat               desc,file                   int       dirfd, path, in:timeval_pair
newfstatat              desc,file,fstat,stat_like   int       dirfd, path, out:stat, flags:at_flags
unlinkat                desc,file                   int       dirfd, path, flags:at_flags
renameat                desc,file                   int       dirfd, path, dirfd, path
linkat                  desc,file                   int       dirfd, path, dirfd, path, flags:at_flags
symlinkat               desc,file                   int       path, dirfd, path
readlinkat              desc,file                   long      dirfd, path, outbuf:ret, ulong
fchmodat                desc,file                   int       dirfd, path, mode
faccessat               desc,file                   int       dirfd, path, flags:access_modes
pselect6                desc                        int       int, inout:fdset:0, inout:fdset:0, inout:fdset:0, in:timespec, in:pselect6_data
ppoll                   desc                        int       pollfd:1, uint, in:timespec, sigset:4, ulong
unshare                 -                           int       flags:unshare_flags
set_robust_list         -                           int       ptr, ulong
get_robust_list         -                           int       pid, out:ptr_ptr, out:ulong_ptr
splice                  desc                        long      fd, inout:loff, fd, inout:loff, ulong, flags:splice_flags
tee                     desc                        long      fd, fd, ulong, flags:splice_flags
sync_file_range         desc                        int       fd, long, long, flags:sync_file_range_flags
vmsplice                desc,writes_data            long      fd, iovec_in:2, ulong, flags:splice_flags
move_pages              memory                      int       pid, ulong, in:ptr_array:1, in:int_array:1, out:page_status_array:1, flags:move_pages_flags
utimensat               desc,file                   int       dirfd, path, in:timespec_pair, flags:at_flags
epoll_pwait             desc                        int       fd, out:epoll_events:ret, int, int, sigset:5, ulong
signalfd                desc,signal                 fd        fd, sigset:2, ulong
timerfd_create          desc                        fd        clockid, flags:timerfd_create_flags
eventfd                 desc                        fd        uint
fallocate               desc                        int       fd, flags:falloc_flags, long, long
timerfd_settime         desc                        int       fd, flags:timerfdflags, in:itimerspec, out:itimerspec
timerfd_gettime         desc                        int       fd, out:itimerspec
accept4                 net                         fd        fd, sockaddr_out:2, inout:socklen, flags:sock_type_flags
signalfd4               desc,signal                 fd        fd, sigset:2, ulong, flags:sfd_flags
eventfd2                desc                        fd        uint, flags:efd_flags
epoll_create1           desc                        fd        flags:epollflags
dup3                    desc                        fd        fd, fd, flags:open_flags
pipe2                   desc                        int       out:int_pair, flags:open_flags
inotify_init1           desc                        fd        flags:inotify_init_flags
preadv                  desc,reads_data             long      fd, iovec_out:2, ulong, long
pwritev                 desc,writes_data            long      fd, iovec_in:2, ulong, long
rt_tgsigqueueinfo       process,signal              int       pid, pid, signo, in:siginfo
perf_event_open         desc                        fd        in:perf_event_attr, pid, int, fd, flags:perf_event_open_flags
recvmmsg                net,reads_data              int       fd, out:mmsghdr:ret, uint, flags:msg_flags, inout:timespec
fanotify_init           desc                        fd        flags:fan_init_flags, flags:open_flags
fanotify_mark           desc,file                   int       fd, flags:fan_mark_flags, flags:fan_event_flags, dirfd, path
prlimit64               -                           int       pid, xval:resources, in:rlimit, out:rlimit
name_to_handle_at       desc,file                   int       dirfd, path, inout:file_handle, out:int_ptr, flags:at_flags
open_by_handle_at       desc                        fd        fd, in:file_handle, flags:open_flags
clock_adjtime           clock                       xval:adjtimex_state clockid, inout:timex
syncfs                  desc                        int       fd
sendmmsg                net,writes_data             int       fd, inout:mmsghdr:2, uint, flags:msg_flags
setns                   desc                        int       fd, xval:setns_types
getcpu                  -                           int       out:uint_ptr, out:uint_ptr, ptr
process_vm_readv        -                           long      pid, iovec_out:2, ulong, iovec_addrs:4, ulong, ulong
process_vm_writev       -                           long      pid, iovec_in:2, ulong, iovec_addrs:4, ulong, ulong
kcmp                    -                           int       pid, pid, xval:kcmp_types, ulong, ulong
finit_module            desc                        int       fd, str, flags:module_init_flags
sched_setattr           -                           int       pid, in:sched_attr, uint
sched_getattr           -                           int       pid, out:sched_attr:2, uint, uint
renameat2               desc,file                   int       dirfd, path, dirfd, path, flags:rename_flags
seccomp                 -                           long      xval:seccomp_ops, flags:seccomp_filter_flags, ptr
getrandom               -                           long      outbuf:ret, ulong, flags:getrandom_flags
memfd_create            desc                        fd        str, flags:memfd_create_flags
kexec_file_load         desc                        long      fd, fd, ulong, str, flags:kexec_file_load_flags
bpf                     desc                        long      xval:bpf_commands, ptr, uint
execveat                desc,file,process           int       dirfd, path, argv, envp, flags:at_flags
userfaultfd             desc                        fd        flags:uffd_flags
membarrier              -                           int       xval:membarrier_cmds, uint, int
mlock2                  memory                      int       ptr, ulong, flags:mlock_flags
copy_file_range         desc                        long      fd, in:loff, fd, in:loff, ulong, uint
preadv2                 desc,reads_data             long      fd, iovec_out:2, ulong, long, unused, flags:rwf_flags
pwritev2                desc,writes_data            long      fd, iovec_in:2, ulong, long, unused, flags:rwf_flags
pkey_mprotect           memory                      int       ptr, ulong, flags:mmap_prot, int
pkey_alloc              -                           int       hex, flags:pkey_access
pkey_free               -                           int       int
statx                   desc,file,fstat,stat_like   int       dirfd, path, flags:at_flags, flags:statx_masks, out:statx
io_pgetevents           -                           int       ulong, long, long, out:io_events:ret, in:timespec, in:aio_sigset
rseq                    -                           int       hex, hex, hex, hex
uretprobe               -                           long      hex, hex, hex, hex, hex, hex
uprobe                  -                           long      hex, hex, hex, hex, hex, hex
pidfd_send_signal       desc,signal,process         int       fd, signo, in:siginfo, uint
io_uring_setup          desc                        fd        uint, inout:io_uring_params
io_uring_enter          desc,signal                 int       fd, uint, uint, flags:uring_enter_flags, sigset:5, ulong
io_uring_register       desc,memory                 int       fd, xval:uring_register_opcodes, ptr, uint
open_tree               desc,file                   fd        dirfd, path, flags:open_tree_flags
move_mount              desc,file                   int       dirfd, path, dirfd, path, flags:move_mount_flags
fsopen                  desc                        fd        str, flags:fsopen_flags
fsconfig                desc,file                   int       fd, xval:fsconfig_cmds, str, ptr, int
fsmount                 desc                        fd        fd, flags:fsmount_flags, flags:fsmount_attr_flags
fspick                  desc,file                   fd        dirfd, path, flags:fspick_flags
pidfd_open              desc                        fd        pid, flags:pidfd_open_flags
clone3                  process                     int       inout:clone_args, ulong
close_range             -                           int       fd, fd, flags:close_range_flags
openat2                 desc,file                   fd        dirfd, path, in:open_how:3, ulong
pidfd_getfd             desc                        fd        fd, fd, uint
faccessat2              desc,file                   int       dirfd, path, flags:access_modes, flags:at_flags
process_madvise         desc                        long      fd, iovec_addrs:2, ulong, xval:madvise_cmds, uint
epoll_pwait2            desc                        int       fd, out:epoll_events:ret, int, in:timespec, sigset:5, ulong
mount_setattr           desc,file                   int       dirfd, path, flags:mount_setattr_flags, in:mount_attr:4, ulong
quotactl_fd             desc                        int       fd, quotactl_cmd, int, ptr
landlock_create_ruleset desc                        fd        in:landlock_ruleset_attr:1, ulong, flags:landlock_create_ruleset_flags
landlock_add_rule       desc                        int       fd, xval:landlock_rule_types, in:landlock_rule, uint
landlock_restrict_self  desc                        int       fd, uint
memfd_secret            desc                        fd        flags:memfd_secret_flags
process_mrelease        desc                        int       fd, uint
futex_waitv             -                           int       futex_waitv:1, uint, hex, in:timespec, clockid
set_mempolicy_home_node memory                      int       ptr, ulong, ulong, hex
cachestat               -                           long      hex, hex, hex, hex, hex, hex
fchmodat2               -                           long      hex, hex, hex, hex, hex, hex
map_shadow_stack        -                           long      hex, hex, hex, hex, hex, hex
futex_wake              -                           long      hex, hex, hex, hex, hex, hex
futex_wait              -                           long      hex, hex, hex, hex, hex, hex
futex_requeue           -                           long      hex, hex, hex, hex, hex, hex
statmount               -                           long      hex, hex, hex, hex, hex, hex
listmount               -                           long      hex, hex, hex, hex, hex, hex
lsm_get_self_attr       -                           long      hex, hex, hex, hex, hex, hex
lsm_set_self_attr       -                           long      hex, hex, hex, hex, hex, hex
lsm_list_modules        -                           long      hex, hex, hex, hex, hex, hex
mseal                   -                           long      hex, hex, hex, hex, hex, hex
setxattrat              -                           long      hex, hex, hex, hex, hex, hex
getxattrat              -                           long      hex, hex, hex, hex, hex, hex
listxattrat             -                           long      hex, hex, hex, hex, hex, hex
removexattrat           -                           long      hex, hex, hex, hex, hex, hex
open_tree_attr          -                           long      hex, hex, hex, hex, hex, hex
file_getattr            -                           long      hex, hex, hex, hex, hex, hex
file_setattr            -                           long      hex, hex, hex, hex, hex, hex
