# Syscall signatures: one line per x86_64 syscall.
#   name   classes   return-kind   argument kinds (comma-separated, in order; "-" for none)
# classes (strace's -e trace=%CLASS): desc file ipc net process signal memory creds clock pure stat
#   lstat fstat stat_like statfs fstatfs statfs_like never_fails; "-" for none.
# return kinds: long (decimal, the default), int, ulong, hex, oct, fd (a new fd: decorated by -y),
#   noreturn (printed "= ?").
# argument kinds: int uint long ulong hex oct ptr fd dirfd path str uid gid pid signo mode clockid,
#   flags:XLAT, xval:XLAT (tables in xlat/), inbuf:N (printed at entry, length argument N),
#   outbuf:N / outbuf:ret (printed at exit, length argument N / the return value),
#   in:STRUCT, out:STRUCT (printed at exit), inout:STRUCT, and STRUCT:N kinds whose printer takes
#   the length argument N. Structs are printed by methods marked @PrintsStruct("STRUCT").
# A syscall whose arguments need more than kinds has a hand-written decoder (@Decodes("name")); its
# line here still gives its classes and argument count.
read                    desc                        long      fd, outbuf:ret, ulong
write                   desc                        long      fd, inbuf:2, ulong
open                    desc,file                   fd        path, flags:open_flags, mode
close                   desc                        int       fd
stat                    file,stat,stat_like         int       path, out:stat
fstat                   desc,fstat,stat_like        int       fd, out:stat
lstat                   file,lstat,stat_like        int       path, out:stat
poll                    desc                        long      hex, hex, hex
lseek                   desc                        long      fd, long, xval:whence_codes
mmap                    desc,memory                 hex       ptr, ulong, flags:mmap_prot, flags:mmap_flags, fd, hex
mprotect                memory                      int       ptr, ulong, flags:mmap_prot
munmap                  memory                      int       ptr, ulong
brk                     memory                      hex       ptr
rt_sigaction            signal                      long      hex, hex, hex, hex
rt_sigprocmask          signal                      long      hex, hex, hex, hex
rt_sigreturn            signal                      long      -
ioctl                   desc                        long      hex, hex, hex
pread64                 desc                        long      fd, outbuf:ret, ulong, long
pwrite64                desc                        long      fd, inbuf:2, ulong, long
readv                   desc                        long      hex, hex, hex
writev                  desc                        long      hex, hex, hex
access                  file                        int       path, flags:access_modes
pipe                    desc                        int       out:int_pair
select                  desc                        long      hex, hex, hex, hex, hex
sched_yield             -                           int       -
mremap                  memory                      hex       ptr, ulong, ulong, flags:mremap_flags, ptr
msync                   memory                      int       ptr, ulong, flags:msync_flags
mincore                 memory                      int       ptr, ulong, ptr
madvise                 memory                      int       ptr, ulong, xval:madvise_cmds
shmget                  ipc                         long      hex, hex, hex
shmat                   ipc,memory                  long      hex, hex, hex
shmctl                  ipc                         long      hex, hex, hex
dup                     desc                        fd        fd
dup2                    desc                        fd        fd, fd
pause                   signal                      int       -
nanosleep               -                           int       in:timespec, out:timespec
getitimer               -                           long      hex, hex
alarm                   -                           int       uint
setitimer               -                           long      hex, hex, hex
getpid                  pure,never_fails            int       -
sendfile                desc,net                    long      fd, fd, inout:loff, ulong
socket                  net                         fd        xval:addrfams, flags:socktypes, int
connect                 net                         long      hex, hex, hex
accept                  net                         long      hex, hex, hex
sendto                  net                         long      hex, hex, hex, hex, hex, hex
recvfrom                net                         long      hex, hex, hex, hex, hex, hex
sendmsg                 net                         long      hex, hex, hex
recvmsg                 net                         long      hex, hex, hex
shutdown                net                         int       fd, xval:shutdown_modes
bind                    net                         long      hex, hex, hex
listen                  net                         int       fd, int
getsockname             net                         long      hex, hex, hex
getpeername             net                         long      hex, hex, hex
socketpair              net                         int       xval:addrfams, flags:socktypes, int, out:int_pair
setsockopt              net                         long      hex, hex, hex, hex, hex
getsockopt              net                         long      hex, hex, hex, hex, hex
clone                   process                     long      hex, hex, hex, hex, hex
fork                    process                     int       -
vfork                   process                     int       -
execve                  file,process                long      hex, hex, hex
exit                    process                     noreturn  int
wait4                   process                     long      hex, hex, hex, hex
kill                    signal,process              int       pid, signo
uname                   -                           int       out:utsname
semget                  ipc                         long      hex, hex, hex
semop                   ipc                         long      hex, hex, hex
semctl                  ipc                         long      hex, hex, hex, hex
shmdt                   ipc,memory                  long      hex
msgget                  ipc                         long      hex, hex
msgsnd                  ipc                         long      hex, hex, hex, hex
msgrcv                  ipc                         long      hex, hex, hex, hex, hex
msgctl                  ipc                         long      hex, hex, hex
fcntl                   desc                        long      hex, hex, hex
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
getrusage               -                           long      hex, hex
sysinfo                 -                           int       out:sysinfo
times                   -                           long      hex
ptrace                  -                           long      hex, hex, hex, hex
getuid                  creds,pure,never_fails      int       -
syslog                  -                           long      hex, hex, hex
getgid                  creds,pure,never_fails      int       -
setuid                  creds                       int       uid
setgid                  creds                       int       gid
geteuid                 creds,pure,never_fails      int       -
getegid                 creds,pure,never_fails      int       -
setpgid                 -                           int       pid, pid
getppid                 pure,never_fails            int       -
getpgrp                 pure,never_fails            int       -
setsid                  -                           int       -
setreuid                creds                       int       uid, uid
setregid                creds                       int       gid, gid
getgroups               creds                       int       int, out:gid_list:0
setgroups               creds                       long      hex, hex
setresuid               creds                       long      hex, hex, hex
getresuid               creds                       long      hex, hex, hex
setresgid               creds                       long      hex, hex, hex
getresgid               creds                       long      hex, hex, hex
getpgid                 -                           int       pid
setfsuid                creds,never_fails           int       uid
setfsgid                creds,never_fails           int       gid
getsid                  -                           int       pid
capget                  creds                       long      hex, hex
capset                  creds                       long      hex, hex
rt_sigpending           signal                      long      hex, hex
rt_sigtimedwait         signal                      long      hex, hex, hex, hex
rt_sigqueueinfo         signal,process              long      hex, hex, hex
rt_sigsuspend           signal                      long      hex, hex
sigaltstack             signal                      long      hex, hex
utime                   file                        long      hex, hex
mknod                   file                        long      hex, hex, hex
uselib                  file                        long      hex
personality             never_fails                 long      hex
ustat                   statfs_like                 long      hex, hex
statfs                  file,statfs,statfs_like     int       path, out:statfs
fstatfs                 desc,fstatfs,statfs_like    int       fd, out:statfs
sysfs                   -                           long      hex, hex, hex
getpriority             -                           int       xval:priorities, int
setpriority             -                           int       xval:priorities, int, int
sched_setparam          -                           long      hex, hex
sched_getparam          -                           long      hex, hex
sched_setscheduler      -                           long      hex, hex, hex
sched_getscheduler      -                           long      hex
sched_get_priority_max  -                           long      hex
sched_get_priority_min  -                           long      hex
sched_rr_get_interval   -                           long      hex, hex
mlock                   memory                      int       ptr, ulong
munlock                 memory                      int       ptr, ulong
mlockall                memory                      int       flags:mlockall_flags
munlockall              memory                      int       -
vhangup                 -                           long      -
modify_ldt              -                           long      hex, hex, hex
pivot_root              file                        long      hex, hex
_sysctl                 -                           long      hex
prctl                   creds                       long      hex, hex, hex, hex, hex
arch_prctl              -                           int       xval:archvals, hex
adjtimex                clock                       long      hex
setrlimit               -                           int       xval:resources, in:rlimit
chroot                  file                        int       path
sync                    -                           int       -
acct                    file                        long      hex
settimeofday            clock                       long      hex, hex
mount                   file                        long      hex, hex, hex, hex, hex
umount2                 file                        long      hex, hex
swapon                  file                        long      hex, hex
swapoff                 file                        long      hex
reboot                  -                           long      hex, hex, hex, hex
sethostname             -                           long      hex, hex
setdomainname           -                           long      hex, hex
iopl                    -                           long      hex
ioperm                  -                           long      hex, hex, hex
create_module           -                           long      hex, hex
init_module             -                           long      hex, hex, hex
delete_module           -                           long      hex, hex
get_kernel_syms         -                           long      hex
query_module            -                           long      hex, hex, hex, hex, hex
quotactl                file                        long      hex, hex, hex, hex
nfsservctl              -                           long      hex, hex, hex
getpmsg                 net                         long      hex, hex, hex, hex, hex
putpmsg                 net                         long      hex, hex, hex, hex, hex
afs_syscall             -                           long      hex, hex, hex, hex, hex
tuxcall                 -                           long      hex, hex, hex
security                -                           long      hex, hex, hex
gettid                  pure,never_fails            int       -
readahead               desc                        long      hex, hex, hex
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
time                    clock                       long      hex
futex                   -                           long      hex, hex, hex, hex, hex, hex
sched_setaffinity       -                           long      hex, hex, hex
sched_getaffinity       -                           int       pid, uint, out:cpuset:1
set_thread_area         -                           long      hex
io_setup                memory                      long      hex, hex
io_destroy              memory                      long      hex
io_getevents            -                           long      hex, hex, hex, hex, hex
io_submit               -                           long      hex, hex, hex
io_cancel               -                           long      hex, hex, hex
get_thread_area         -                           long      hex
lookup_dcookie          -                           long      hex, hex, hex
epoll_create            desc                        fd        int
epoll_ctl_old           -                           long      hex, hex, hex, hex
epoll_wait_old          -                           long      hex, hex, hex, hex
remap_file_pages        memory                      long      hex, hex, hex, hex, hex
getdents64              desc                        long      fd, dirents:2, uint
set_tid_address         -                           int       ptr
restart_syscall         -                           long      -
semtimedop              ipc                         long      hex, hex, hex, hex
fadvise64               desc                        int       fd, long, long, xval:advise
timer_create            -                           long      hex, hex, hex
timer_settime           -                           long      hex, hex, hex, hex
timer_gettime           -                           long      hex, hex
timer_getoverrun        -                           long      hex
timer_delete            -                           long      hex
clock_settime           clock                       long      hex, hex
clock_gettime           clock                       int       clockid, out:timespec
clock_getres            clock                       int       clockid, out:timespec
clock_nanosleep         -                           int       clockid, flags:clockflags, in:timespec, out:timespec
exit_group              process                     noreturn  int
epoll_wait              desc                        long      hex, hex, hex, hex
epoll_ctl               desc                        long      hex, hex, hex, hex
tgkill                  signal,process              int       pid, pid, signo
utimes                  file                        long      hex, hex
vserver                 -                           long      hex, hex, hex, hex, hex
mbind                   memory                      long      hex, hex, hex, hex, hex, hex
set_mempolicy           memory                      long      hex, hex, hex
get_mempolicy           memory                      long      hex, hex, hex, hex, hex
mq_open                 desc                        long      hex, hex, hex, hex
mq_unlink               -                           long      hex
mq_timedsend            desc                        long      hex, hex, hex, hex, hex
mq_timedreceive         desc                        long      hex, hex, hex, hex, hex
mq_notify               desc                        long      hex, hex
mq_getsetattr           desc                        long      hex, hex, hex
kexec_load              -                           long      hex, hex, hex, hex
waitid                  process                     long      hex, hex, hex, hex, hex
add_key                 -                           long      hex, hex, hex, hex, hex
request_key             -                           long      hex, hex, hex, hex
keyctl                  -                           long      hex, hex, hex, hex, hex
ioprio_set              -                           long      hex, hex, hex
ioprio_get              -                           long      hex, hex
inotify_init            desc                        fd        -
inotify_add_watch       desc,file                   long      hex, hex, hex
inotify_rm_watch        desc                        long      hex, hex
migrate_pages           memory                      long      hex, hex, hex, hex
openat                  desc,file                   long      hex, hex, hex, hex
mkdirat                 desc,file                   int       dirfd, path, mode
mknodat                 desc,file                   long      hex, hex, hex, hex
fchownat                desc,file                   int       dirfd, path, uid, gid, flags:at_flags
futimesat               desc,file                   long      hex, hex, hex
newfstatat              desc,file,fstat,stat_like   int       dirfd, path, out:stat, flags:at_flags
unlinkat                desc,file                   int       dirfd, path, flags:at_flags
renameat                desc,file                   int       dirfd, path, dirfd, path
linkat                  desc,file                   int       dirfd, path, dirfd, path, flags:at_flags
symlinkat               desc,file                   int       path, dirfd, path
readlinkat              desc,file                   long      dirfd, path, outbuf:ret, ulong
fchmodat                desc,file                   int       dirfd, path, mode
faccessat               desc,file                   int       dirfd, path, flags:access_modes
pselect6                desc                        long      hex, hex, hex, hex, hex, hex
ppoll                   desc                        long      hex, hex, hex, hex, hex
unshare                 -                           long      hex
set_robust_list         -                           int       ptr, ulong
get_robust_list         -                           long      hex, hex, hex
splice                  desc                        long      fd, inout:loff, fd, inout:loff, ulong, flags:splice_flags
tee                     desc                        long      hex, hex, hex, hex
sync_file_range         desc                        long      hex, hex, hex, hex
vmsplice                desc                        long      hex, hex, hex, hex
move_pages              memory                      long      hex, hex, hex, hex, hex, hex
utimensat               desc,file                   int       dirfd, path, in:timespec_pair, flags:at_flags
epoll_pwait             desc                        long      hex, hex, hex, hex, hex, hex
signalfd                desc,signal                 long      hex, hex, hex
timerfd_create          desc                        fd        clockid, flags:timerfd_create_flags
eventfd                 desc                        fd        uint
fallocate               desc                        int       fd, flags:falloc_flags, long, long
timerfd_settime         desc                        long      hex, hex, hex, hex
timerfd_gettime         desc                        long      hex, hex
accept4                 net                         long      hex, hex, hex, hex
signalfd4               desc,signal                 long      hex, hex, hex, hex
eventfd2                desc                        fd        uint, flags:open_flags
epoll_create1           desc                        fd        flags:epollflags
dup3                    desc                        fd        fd, fd, flags:open_flags
pipe2                   desc                        int       out:int_pair, flags:open_flags
inotify_init1           desc                        fd        flags:inotify_init_flags
preadv                  desc                        long      hex, hex, hex, hex
pwritev                 desc                        long      hex, hex, hex, hex
rt_tgsigqueueinfo       process,signal              long      hex, hex, hex, hex
perf_event_open         desc                        long      hex, hex, hex, hex, hex
recvmmsg                net                         long      hex, hex, hex, hex, hex
fanotify_init           desc                        long      hex, hex
fanotify_mark           desc,file                   long      hex, hex, hex, hex, hex
prlimit64               -                           int       pid, xval:resources, in:rlimit, out:rlimit
name_to_handle_at       desc,file                   long      hex, hex, hex, hex, hex
open_by_handle_at       desc                        long      hex, hex, hex
clock_adjtime           clock                       long      hex, hex
syncfs                  desc                        int       fd
sendmmsg                net                         long      hex, hex, hex, hex
setns                   desc                        long      hex, hex
getcpu                  -                           int       out:uint_ptr, out:uint_ptr, ptr
process_vm_readv        -                           long      hex, hex, hex, hex, hex, hex
process_vm_writev       -                           long      hex, hex, hex, hex, hex, hex
kcmp                    -                           long      hex, hex, hex, hex, hex
finit_module            desc                        long      hex, hex, hex
sched_setattr           -                           long      hex, hex, hex
sched_getattr           -                           long      hex, hex, hex, hex
renameat2               desc,file                   int       dirfd, path, dirfd, path, flags:rename_flags
seccomp                 -                           long      hex, hex, hex
getrandom               -                           long      outbuf:ret, ulong, flags:getrandom_flags
memfd_create            desc                        fd        str, flags:memfd_create_flags
kexec_file_load         desc                        long      hex, hex, hex, hex, hex
bpf                     desc                        long      hex, hex, hex
execveat                desc,file,process           long      hex, hex, hex, hex, hex
userfaultfd             desc                        long      hex
membarrier              -                           int       xval:membarrier_cmds, uint, int
mlock2                  memory                      long      hex, hex, hex
copy_file_range         desc                        long      fd, ptr, fd, ptr, ulong, uint
preadv2                 desc                        long      hex, hex, hex, hex, hex, hex
pwritev2                desc                        long      hex, hex, hex, hex, hex, hex
pkey_mprotect           memory                      long      hex, hex, hex, hex
pkey_alloc              -                           long      hex, hex
pkey_free               -                           int       int
statx                   desc,file,fstat,stat_like   long      hex, hex, hex, hex, hex
io_pgetevents           -                           long      hex, hex, hex, hex, hex, hex
rseq                    -                           int       ptr, hex, int, hex
pidfd_send_signal       desc,signal,process         long      hex, hex, hex, hex
io_uring_setup          desc                        long      hex, hex
io_uring_enter          desc,signal                 long      hex, hex, hex, hex, hex, hex
io_uring_register       desc,memory                 long      hex, hex, hex, hex
open_tree               desc,file                   long      hex, hex, hex
move_mount              desc,file                   long      hex, hex, hex, hex, hex
fsopen                  desc                        long      hex, hex
fsconfig                desc,file                   long      hex, hex, hex, hex, hex
fsmount                 desc                        long      hex, hex, hex
fspick                  desc,file                   long      hex, hex, hex
pidfd_open              desc                        long      hex, hex
clone3                  process                     long      hex, hex
close_range             -                           int       fd, fd, flags:close_range_flags
openat2                 desc,file                   long      hex, hex, hex, hex
pidfd_getfd             desc                        long      hex, hex, hex
faccessat2              desc,file                   int       dirfd, path, flags:access_modes, flags:at_flags
process_madvise         desc                        long      hex, hex, hex, hex, hex
epoll_pwait2            desc                        long      hex, hex, hex, hex, hex, hex
mount_setattr           desc,file                   long      hex, hex, hex, hex, hex
quotactl_fd             desc                        long      hex, hex, hex, hex
landlock_create_ruleset desc                        long      hex, hex, hex
landlock_add_rule       desc                        long      hex, hex, hex, hex
landlock_restrict_self  desc                        long      hex, hex
memfd_secret            desc                        long      hex
process_mrelease        desc                        long      hex, hex
futex_waitv             -                           long      hex, hex, hex, hex, hex
set_mempolicy_home_node memory                      long      hex, hex, hex, hex
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
