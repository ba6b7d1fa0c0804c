# Syscall signatures: one line per x86_64 syscall.
#   name   classes   return-kind   arguments (comma-separated, in order; "-" for none), each as
#   TYPE NAME KIND:
# TYPE is the argument's C type as the kernel reads it; the tracer cuts the register to it before any
#   decoder sees it (the upper half of a register holding an int is garbage the kernel ignores):
#   int pid_t clockid_t key_t timer_t (32-bit signed), uint uid_t gid_t (32-bit unsigned), umode_t
#   (16-bit), long loff_t, ulong size_t, ptr (all 64 bits). The raw registers stay in the call event.
# NAME is the parameter's name in the man page (what strace 7.x prints with -N and the JSON output
#   writes); arg1.. where strace prints the call with raw arguments.
# classes (strace's -e trace=%CLASS): desc file ipc net process signal memory creds clock pure stat
#   lstat fstat stat_like statfs fstatfs statfs_like never_fails, and reads_data / writes_data (the
#   calls whose data -e read= / -e write= dump: the buffer argument after the fd); "-" for none.
# return kinds: long (decimal, the default), int, ulong, hex, oct, fd (a new fd: decorated by -y), pid
#   (a process id: decorated by -Y and --pidns-translation), tid (a thread id), pgid (a process
#   group id), sid (a session id),
#   noreturn (printed "= ?").
# KIND, how the argument is printed: int uint long ulong hex oct ptr fd dirfd path str uid gid pid
#   (a process id) tid (a thread id) pgid (a process group id) pid_pgid (kill's: a process id, or below
#   -1 a process group id) signo mode clockid,
#   flags:XLAT, xval:XLAT (tables in xlat/), inbuf:N (printed at entry, length argument N),
#   outbuf:N / outbuf:ret (printed at exit, length argument N / the return value),
#   in:STRUCT, out:STRUCT (printed at exit; the address when the call failed), inout:STRUCT,
#   exit:STRUCT (printed at exit also when the call failed: the printer decides), and STRUCT:N kinds whose printer takes
#   the length argument N. Structs are printed by methods marked @PrintsStruct("STRUCT").
# Further kinds (printed by hand-written code or struct printers; until one exists the generator prints
#   an address): argv (string array printed in full), envp (address /* N vars */), flagsmode:XLAT (XLAT
#   flags then |0NNN permission bits: IPC_CREAT|0600), mode_type (S_IFxxx|0NNN), dev (makedev(0xM, 0xm)),
#   unused (a register strace does not print: preadv2/pwritev2 pos_h), iovec_in:N / iovec_out:N (iovec
#   array, count in argument N), iovec_addrs:N (remote iovecs, addresses only), sockaddr_in:N,
#   sockaddr_out:N, pollfd:N, sigset:N, cpuset:N, nodemask:N, sembuf:N, quotactl_cmd (QCMD(Q_x, xQUOTA)),
#   ioprio (IOPRIO_PRIO_VALUE(class, data)), personality (PER_xxx|flags or hex), waitid_id:N (a pid,
#   process group id or pidfd as idtype in argument N says).
# Return kinds beyond those: signo (rt_sigtimedwait: "= 10 (SIGUSR1)"), xval:XLAT ("= 0 (SCHED_OTHER)"),
#   ioprio, time ("= N (ISO date)").
# 335-336 and 451-469 are unknown to strace 6.1: it prints them as syscall_0x14f(...) with six hex
#   arguments; their lines here are placeholders in that style.
# A syscall whose arguments need more than kinds has a hand-written decoder (@Decodes("name")); its
# line here still gives its classes and argument count.
read                    desc,reads_data             long      int fd fd, ptr buf outbuf:ret, size_t count ulong
write                   desc,writes_data            long      int fd fd, ptr buf inbuf:2, size_t count ulong
open                    desc,file                   fd        ptr pathname path, int flags flags:open_flags, umode_t mode mode
close                   desc                        int       int fd fd
stat                    file,stat,stat_like         int       ptr pathname path, ptr statbuf out:stat
fstat                   desc,fstat,stat_like        int       int fd fd, ptr statbuf out:stat
lstat                   file,lstat,stat_like        int       ptr pathname path, ptr statbuf out:stat
poll                    desc                        int       ptr fds pollfd:1, uint nfds uint, int timeout int
lseek                   desc                        long      int fd fd, loff_t offset long, int whence xval:whence_codes
mmap                    desc,memory                 hex       ptr addr ptr, size_t length ulong, int prot flags:mmap_prot, int flags flags:mmap_flags, int fd fd, loff_t offset hex
mprotect                memory                      int       ptr addr ptr, size_t length ulong, ulong prot flags:mmap_prot
munmap                  memory                      int       ptr addr ptr, size_t length ulong
brk                     memory                      hex       ptr addr ptr
rt_sigaction            signal                      int       int signum signo, ptr act in:sigaction, ptr oldact out:sigaction, size_t sigsetsize ulong
rt_sigprocmask          signal                      int       int how xval:sigprocmaskcmds, ptr set sigset:3, ptr oldset out:sigset:3, size_t sigsetsize ulong
rt_sigreturn            signal                      long      -
ioctl                   desc                        int       uint fd fd, uint op xval:ioctl_names, ulong argp hex
pread64                 desc,reads_data             long      uint fd fd, ptr buf outbuf:ret, size_t count ulong, loff_t offset long
pwrite64                desc,writes_data            long      uint fd fd, ptr buf inbuf:2, size_t count ulong, loff_t offset long
readv                   desc,reads_data             long      int fd fd, ptr iov iovec_out:2, int iovcnt ulong
writev                  desc,writes_data            long      int fd fd, ptr iov iovec_in:2, int iovcnt ulong
access                  file                        int       ptr pathname path, int mode flags:access_modes
pipe                    desc                        int       ptr pipefd out:int_pair
select                  desc                        int       int nfds int, ptr readfds inout:fdset:0, ptr writefds inout:fdset:0, ptr exceptfds inout:fdset:0, ptr timeout inout:timeval
sched_yield             -                           int       -
mremap                  memory                      hex       ulong old_address ptr, size_t old_size ulong, size_t new_size ulong, int flags flags:mremap_flags, ulong new_address ptr
msync                   memory                      int       ptr addr ptr, size_t length ulong, int flags flags:msync_flags
mincore                 memory                      int       ptr addr ptr, size_t length ulong, ptr vec out:mincore_vec:1
madvise                 memory                      int       ptr addr ptr, size_t length ulong, int advice xval:madvise_cmds
shmget                  ipc                         int       key_t key xval:ipc_private, size_t size ulong, int shmflg shmflagsmode:shm_resource_flags
shmat                   ipc,memory                  hex       int shmid int, ptr shmaddr ptr, int shmflg flags:shm_flags
shmctl                  ipc                         int       int shmid int, int op xval:shmctl_flags, ptr buf ptr
dup                     desc                        fd        int oldfd fd
dup2                    desc                        fd        int oldfd fd, int newfd fd
pause                   signal                      int       -
nanosleep               -                           int       ptr req in:timespec, ptr rem out:timespec
getitimer               -                           int       int which xval:itimer_which, ptr curr_value out:itimerval
alarm                   -                           int       uint seconds uint
setitimer               -                           int       int which xval:itimer_which, ptr new_value in:itimerval, ptr old_value out:itimerval
getpid                  pure,never_fails            pid       -
sendfile                desc,net                    long      int out_fd fd, int in_fd fd, ptr offset loff_sendfile, size_t count ulong
# socket: the kernel reads an int protocol, but strace (6.1 and 7.x) prints the whole register
socket                  net                         fd        int domain xval:addrfams, int type flags:socktypes, ulong protocol int
connect                 net                         int       int sockfd fd, ptr addr sockaddr_in:2, uint addrlen int
accept                  net                         fd        int sockfd fd, ptr addr sockaddr_out:2, ptr addrlen inout:socklen
sendto                  net,writes_data             long      int sockfd fd, ptr buf inbuf:2, size_t len ulong, int flags flags:msg_flags, ptr dest_addr sockaddr_in:5, uint addrlen int
recvfrom                net,reads_data              long      int sockfd fd, ptr buf outbuf:ret, size_t len ulong, int flags flags:msg_flags, ptr src_addr sockaddr_out:5, ptr addrlen inout:socklen
sendmsg                 net,writes_data             long      int sockfd fd, ptr msg in:msghdr, int flags flags:msg_flags
recvmsg                 net,reads_data              long      int sockfd fd, ptr msg out:msghdr, int flags flags:msg_flags
shutdown                net                         int       int sockfd fd, int how xval:shutdown_modes
bind                    net                         int       int sockfd fd, ptr addr sockaddr_in:2, uint addrlen int
listen                  net                         int       int sockfd fd, int backlog int
getsockname             net                         int       int sockfd fd, ptr addr sockaddr_out:2, ptr addrlen inout:socklen
getpeername             net                         int       int sockfd fd, ptr addr sockaddr_out:2, ptr addrlen inout:socklen
socketpair              net                         int       int domain xval:addrfams, int type flags:socktypes, int protocol int, ptr sv out:int_pair
setsockopt              net                         int       int sockfd fd, int level xval:socketlayers, int optname xval:sock_options, ptr optval inbuf:4, uint optlen int
getsockopt              net                         int       int sockfd fd, int level xval:socketlayers, int optname xval:sock_options, ptr optval outbuf:4, ptr optlen inout:socklen
clone                   process                     int       ulong flags flags:clone_flags, ulong stack ptr, ptr parent_tid ptr, ptr child_tid ptr, ulong tls hex
fork                    process                     pid       -
vfork                   process                     pid       -
execve                  file,process                int       ptr pathname path, ptr argv argv, ptr envp envp
exit                    process                     noreturn  int status int
wait4                   process                     int       pid_t pid pid, ptr status out:wait_status, int options flags:wait4_options, ptr usage out:rusage
kill                    signal,process              int       pid_t pid pid_pgid, int signum signo
uname                   -                           int       ptr buf out:utsname
semget                  ipc                         int       key_t key xval:ipc_private, int nsems int, int semflg flagsmode:resource_flags
semop                   ipc                         int       int semid int, ptr sops sembuf:2, size_t nsops uint
semctl                  ipc                         int       int semid int, int semnum int, int op xval:semctl_flags, ulong arg ptr
shmdt                   ipc,memory                  int       ptr shmaddr ptr
msgget                  ipc                         int       key_t key xval:ipc_private, int msgflg flagsmode:resource_flags
msgsnd                  ipc                         int       int msqid int, ptr msgp in:msgbuf:2, size_t msgsz ulong, int msgflg flags:ipc_msg_flags
msgrcv                  ipc                         long      int msqid int, ptr msgp out:msgbuf:2, size_t msgsz ulong, long msgtyp long, int msgflg flags:ipc_msg_flags
msgctl                  ipc                         int       int msqid int, int op xval:msgctl_flags, ptr buf ptr
fcntl                   desc                        int       uint fd fd, uint op xval:fcntlcmds, ulong arg hex
flock                   desc                        int       int fd fd, int op flags:flockcmds
fsync                   desc                        int       int fd fd
fdatasync               desc                        int       int fd fd
truncate                file                        int       ptr path path, loff_t length long
ftruncate               desc                        int       int fd fd, loff_t length long
getdents                desc                        long      uint fd fd, ptr dirp dirents:2, uint count uint
getcwd                  file                        long      ptr buf outbuf:ret, size_t size ulong
chdir                   file                        int       ptr path path
fchdir                  desc                        int       int fd fd
rename                  file                        int       ptr oldpath path, ptr newpath path
mkdir                   file                        int       ptr pathname path, umode_t mode mode
rmdir                   file                        int       ptr path path
creat                   desc,file                   fd        ptr pathname path, umode_t mode mode
link                    file                        int       ptr oldpath path, ptr newpath path
unlink                  file                        int       ptr path path
symlink                 file                        int       ptr oldpath path, ptr newpath path
readlink                file                        long      ptr pathname path, ptr buf outbuf:ret, size_t bufsiz ulong
chmod                   file                        int       ptr pathname path, umode_t mode mode
fchmod                  desc                        int       int fd fd, umode_t mode mode
chown                   file                        int       ptr pathname path, uid_t owner uid, gid_t group gid
fchown                  desc                        int       int fd fd, uid_t owner uid, gid_t group gid
lchown                  file                        int       ptr pathname path, uid_t owner uid, gid_t group gid
umask                   never_fails                 oct       umode_t mask mode
gettimeofday            clock                       int       ptr tv out:timeval, ptr tz out:timezone
getrlimit               -                           int       int resource xval:resources, ptr rlim out:rlimit
getrusage               -                           int       int who xval:rusage_who, ptr usage out:rusage
sysinfo                 -                           int       ptr info out:sysinfo
times                   -                           long      ptr buf out:tms
ptrace                  -                           long      long op xval:ptrace_cmds, pid_t pid pid, ulong addr ptr, ulong data ptr
getuid                  creds,pure,never_fails      ulong     -
syslog                  -                           int       int type xval:syslog_action_type, ptr bufp outbuf:ret, int len int
getgid                  creds,pure,never_fails      ulong     -
setuid                  creds                       int       uid_t uid uid
setgid                  creds                       int       gid_t uid gid
geteuid                 creds,pure,never_fails      ulong     -
getegid                 creds,pure,never_fails      ulong     -
setpgid                 -                           int       pid_t pid pid, pid_t pgid pgid
getppid                 pure,never_fails            pid       -
getpgrp                 pure,never_fails            pgid      -
setsid                  -                           int       -
setreuid                creds                       int       uid_t ruid uid, uid_t euid uid
setregid                creds                       int       gid_t ruid gid, gid_t euid gid
getgroups               creds                       int       int size int, ptr list out:gid_list:0
setgroups               creds                       int       size_t size int, ptr list in:gid_list:0
setresuid               creds                       int       uid_t ruid uid, uid_t euid uid, uid_t suid uid
getresuid               creds                       int       ptr ruid out:uint_ptr, ptr euid out:uint_ptr, ptr suid out:uint_ptr
setresgid               creds                       int       gid_t ruid gid, gid_t euid gid, gid_t suid gid
getresgid               creds                       int       ptr ruid out:uint_ptr, ptr euid out:uint_ptr, ptr suid out:uint_ptr
getpgid                 -                           pgid      pid_t pid pid
setfsuid                creds,never_fails           int       uid_t fsuid uid
setfsgid                creds,never_fails           int       gid_t fsuid gid
getsid                  -                           sid       pid_t pid pid
capget                  creds                       int       ptr hdrp inout:cap_header, ptr datap out:cap_data
capset                  creds                       int       ptr hdrp in:cap_header, ptr datap in:cap_data
rt_sigpending           signal                      int       ptr set out:sigset:1, size_t sigsetsize ulong
rt_sigtimedwait         signal                      signo     ptr set sigset:3, ptr info out:siginfo, ptr timeout in:timespec, size_t sigsetsize ulong
rt_sigqueueinfo         signal,process              int       pid_t tgid pid, int signum signo, ptr info in:siginfo
rt_sigsuspend           signal                      int       ptr set sigset:1, size_t sigsetsize ulong
sigaltstack             signal                      int       ptr ss in:sigaltstack, ptr old_ss out:sigaltstack
utime                   file                        int       ptr filename path, ptr times in:utimbuf
mknod                   file                        int       ptr pathname path, umode_t mode mode_type, uint dev dev
uselib                  file                        int       ptr path path
personality             never_fails                 xval:personality_types ulong persona personality
ustat                   statfs_like                 int       uint dev dev, ptr ubuf ptr
statfs                  file,statfs,statfs_like     int       ptr pathname path, ptr buf out:statfs
fstatfs                 desc,fstatfs,statfs_like    int       int fd fd, ptr buf out:statfs
sysfs                   -                           int       int arg1 hex, ulong arg2 hex, ulong arg3 hex
getpriority             -                           int       int which xval:priorities, int who int
setpriority             -                           int       int which xval:priorities, int who int, int prio int
sched_setparam          -                           int       pid_t pid pid, ptr param in:sched_param
sched_getparam          -                           int       pid_t pid pid, ptr param out:sched_param
sched_setscheduler      -                           int       pid_t pid pid, int policy xval:schedulers, ptr param in:sched_param
sched_getscheduler      -                           xval:schedulers pid_t pid pid
sched_get_priority_max  -                           int       int policy xval:schedulers
sched_get_priority_min  -                           int       int policy xval:schedulers
sched_rr_get_interval   -                           int       pid_t pid pid, ptr tp out:timespec
mlock                   memory                      int       ptr addr ptr, size_t length ulong
munlock                 memory                      int       ptr addr ptr, size_t length ulong
mlockall                memory                      int       int flags flags:mlockall_flags
munlockall              memory                      int       -
vhangup                 -                           long      -
modify_ldt              -                           int       int func int, ptr ptr ptr, ulong bytecount ulong
pivot_root              file                        int       ptr oldpath path, ptr newpath path
_sysctl                 -                           int       ptr args in:sysctl_args
prctl                   creds                       int       int op xval:prctl_options, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex
arch_prctl              -                           int       int op xval:archvals, ulong addr hex
adjtimex                clock                       xval:adjtimex_state ptr buf inout:timex
setrlimit               -                           int       int resource xval:resources, ptr rlim in:rlimit
chroot                  file                        int       ptr path path
sync                    -                           int       -
acct                    file                        int       ptr path path
settimeofday            clock                       int       ptr tv in:timeval, ptr tz in:timezone
mount                   file                        int       ptr source path, ptr target path, ptr filesystemtype str, ulong mountflags flags:mount_flags, ptr data str
umount2                 file                        int       ptr target path, int flags flags:umount_flags
swapon                  file                        int       ptr path path, int swapflags flags:swap_flags
swapoff                 file                        int       ptr path path
reboot                  -                           int       int magic xval:bootflags1, int magic2 xval:bootflags2, int op xval:bootflags3, ptr arg str
sethostname             -                           int       ptr name inbuf:1, size_t len ulong
setdomainname           -                           int       ptr name inbuf:1, size_t len ulong
iopl                    -                           int       int level int
ioperm                  -                           int       ulong from hex, ulong num hex, int turn_on int
create_module           -                           long      ptr arg1 hex, size_t arg2 hex
init_module             -                           int       ptr module_image ptr, ulong len ulong, ptr param_values str
delete_module           -                           int       ptr name str, uint flags flags:delete_module_flags
get_kernel_syms         -                           long      ptr arg1 hex
query_module            -                           long      ptr arg1 hex, int arg2 hex, ptr arg3 hex, size_t arg4 hex, ptr arg5 hex
quotactl                file                        int       uint op quotactl_cmd, ptr special path, int id int, ptr addr ptr
nfsservctl              -                           long      int arg1 hex, ptr arg2 hex, ptr arg3 hex
getpmsg                 net                         long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex
putpmsg                 net                         long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex
afs_syscall             -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex
tuxcall                 -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex
security                -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex
gettid                  pure,never_fails            tid       -
readahead               desc                        int       int fd fd, loff_t offset long, size_t count ulong
setxattr                file                        int       ptr pathname path, ptr name str, ptr value inbuf:3, size_t size ulong, int flags flags:xattrflags
lsetxattr               file                        int       ptr pathname path, ptr name str, ptr value inbuf:3, size_t size ulong, int flags flags:xattrflags
fsetxattr               desc                        int       int fd fd, ptr name str, ptr value inbuf:3, size_t size ulong, int flags flags:xattrflags
getxattr                file                        long      ptr pathname path, ptr name str, ptr value outbuf:ret, size_t size ulong
lgetxattr               file                        long      ptr pathname path, ptr name str, ptr value outbuf:ret, size_t size ulong
fgetxattr               desc                        long      int fd fd, ptr name str, ptr value outbuf:ret, size_t size ulong
listxattr               file                        long      ptr pathname path, ptr list outbuf:ret, size_t size ulong
llistxattr              file                        long      ptr pathname path, ptr list outbuf:ret, size_t size ulong
flistxattr              desc                        long      int fd fd, ptr list outbuf:ret, size_t size ulong
removexattr             file                        int       ptr pathname path, ptr name str
lremovexattr            file                        int       ptr pathname path, ptr name str
fremovexattr            desc                        int       int fd fd, ptr name str
tkill                   signal,process              int       pid_t tid tid, int signum signo
time                    clock                       time      ptr tloc out:time_t
futex                   -                           long      ptr uaddr ptr, int futex_op xval:futex_ops, uint val int, ptr timeout in:timespec, ptr uaddr2 ptr, uint val3 int
sched_setaffinity       -                           int       pid_t pid pid, size_t cpusetsize uint, ptr mask cpuset:1
sched_getaffinity       -                           int       pid_t pid pid, size_t cpusetsize uint, ptr mask out:cpuset:ret
set_thread_area         -                           int       ptr u_info ptr
io_setup                memory                      int       uint nr_events uint, ptr ctx_idp out:ptr_ptr
io_destroy              memory                      int       ulong ctx_id hex
io_getevents            -                           int       ulong ctx_id hex, long min_nr long, long nr long, ptr events out:io_events:ret, ptr timeout in:timespec
io_submit               -                           int       ulong ctx_id hex, long nr long, ptr iocbpp iocbs:1
io_cancel               -                           int       ulong ctx_id hex, ptr iocb in:iocb, ptr result out:io_event
get_thread_area         -                           int       ptr u_info ptr
lookup_dcookie          -                           long      ulong cookie ulong, ptr buffer outbuf:ret, size_t len ulong
epoll_create            desc                        fd        int size int
epoll_ctl_old           -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex
epoll_wait_old          -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex
remap_file_pages        memory                      int       ptr addr ptr, size_t size ulong, ulong prot flags:mmap_prot, size_t pgoff ulong, ulong flags flags:mmap_flags
getdents64              desc                        long      int fd fd, ptr dirp dirents:2, size_t count uint
set_tid_address         -                           int       ptr tidptr hex
restart_syscall         -                           long      -
semtimedop              ipc                         int       int semid int, ptr sops sembuf:2, size_t nsops uint, ptr timeout in:timespec
fadvise64               desc                        int       int fd fd, loff_t offset long, size_t len long, int advice xval:advise
timer_create            -                           int       clockid_t clockid clockid, ptr sevp in:sigevent, ptr timerid out:int_ptr
timer_settime           -                           int       timer_t timerid int, int flags flags:clockflags, ptr new_value in:itimerspec, ptr old_value out:itimerspec
timer_gettime           -                           int       timer_t timerid int, ptr curr_value out:itimerspec
timer_getoverrun        -                           int       timer_t timerid int
timer_delete            -                           int       timer_t timerid int
clock_settime           clock                       int       clockid_t clockid clockid, ptr tp in:timespec
clock_gettime           clock                       int       clockid_t clockid clockid, ptr tp out:timespec
clock_getres            clock                       int       clockid_t clockid clockid, ptr tp out:timespec
clock_nanosleep         -                           int       clockid_t clockid clockid, int flags flags:clockflags, ptr request in:timespec, ptr remain out:timespec
exit_group              process                     noreturn  int status int
epoll_wait              desc                        int       int epfd fd, ptr events out:epoll_events:ret, int maxevents int, int timeout int
epoll_ctl               desc                        int       int epfd fd, int op xval:epollctls, int fd fd, ptr event in:epoll_event
tgkill                  signal,process              int       pid_t tgid pid, pid_t tid tid, int signum signo
utimes                  file                        int       ptr pathname path, ptr times in:timeval_pair
vserver                 -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex
mbind                   memory                      int       ptr addr ptr, ulong len ulong, ulong mode mpol_mode, ptr nodemask nodemask:4, ulong maxnode ulong, uint flags flags:mbind_flags
set_mempolicy           memory                      int       int mode mpol_mode32, ptr nodemask nodemask:2, ulong maxnode ulong
get_mempolicy           memory                      int       ptr mode out:mpol_mode_ptr, ptr nodemask out:nodemask:2, ulong maxnode ulong, ptr addr ptr, ulong flags flags:get_mempolicy_flags
mq_open                 desc                        fd        ptr name str, int flags flags:open_flags, umode_t mode mode, ptr attr in:mq_attr
mq_unlink               -                           int       ptr path path
mq_timedsend            desc,writes_data            int       int mqdes fd, ptr msg_ptr inbuf:2, size_t msg_len ulong, uint msg_prio uint, ptr abs_timeout in:timespec
mq_timedreceive         desc,reads_data             long      int mqdes fd, ptr msg_ptr outbuf:ret, size_t msg_len ulong, ptr msg_prio out:uint_ptr, ptr abs_timeout in:timespec
mq_notify               desc                        int       int mqdes fd, ptr sevp in:sigevent
mq_getsetattr           desc                        int       int mqdes fd, ptr newattr in:mq_attr, ptr oldattr out:mq_attr
kexec_load              -                           long      ulong entry ptr, ulong nr_segments ulong, ptr segments kexec_segments:1, ulong flags kexec_flags
waitid                  process                     int       int idtype xval:waitid_types, int id waitid_id:0, ptr siginfo out:siginfo, int options flags:wait4_options, ptr usage out:rusage
add_key                 -                           int       ptr type str, ptr description str, ptr payload inbuf:3, size_t plen ulong, int keyring xval:key_spec
request_key             -                           int       ptr type str, ptr description str, ptr callout_info str, int dest_keyring xval:key_spec
keyctl                  -                           long      int operation xval:keyctl_commands, ulong key hex, ulong buffer hex, ulong buflen hex, ulong keyring hex
ioprio_set              -                           int       int which xval:ioprio_who, int who int, int ioprio ioprio
ioprio_get              -                           ioprio    int which xval:ioprio_who, int who int
inotify_init            desc                        fd        -
inotify_add_watch       desc,file                   int       int fd fd, ptr pathname path, uint mask flags:inotify_flags
inotify_rm_watch        desc                        int       int fd fd, int wd int
migrate_pages           memory                      long      int pid pid, ulong maxnode ulong, ptr old_nodes nodemask:1, ptr new_nodes nodemask:1
openat                  desc,file                   fd        int dirfd dirfd, ptr pathname path, int flags flags:open_flags, umode_t mode mode
mkdirat                 desc,file                   int       int dirfd dirfd, ptr pathname path, umode_t mode mode
mknodat                 desc,file                   int       int dirfd dirfd, ptr pathname path, umode_t mode mode_type, uint dev dev
fchownat                desc,file                   int       int dirfd dirfd, ptr pathname path, uid_t owner uid, gid_t group gid, int flags flags:at_flags
futimesat               desc,file                   int       int dirfd dirfd, ptr pathname path, ptr times in:timeval_pair
newfstatat              desc,file,fstat,stat_like   int       int dirfd dirfd, ptr pathname path, ptr statbuf out:stat, int flags flags:at_flags
unlinkat                desc,file                   int       int dirfd dirfd, ptr pathname path, int flags flags:at_flags
renameat                desc,file                   int       int olddirfd dirfd, ptr oldpath path, int newdirfd dirfd, ptr newpath path
linkat                  desc,file                   int       int olddirfd dirfd, ptr oldpath path, int newdirfd dirfd, ptr newpath path, int flags flags:at_flags
symlinkat               desc,file                   int       ptr target path, int newdirfd dirfd, ptr linkpath path
readlinkat              desc,file                   long      int dirfd dirfd, ptr pathname path, ptr buf outbuf:ret, size_t bufsiz ulong
fchmodat                desc,file                   int       int dirfd dirfd, ptr pathname path, umode_t mode mode
faccessat               desc,file                   int       int dirfd dirfd, ptr pathname path, int mode flags:access_modes
pselect6                desc                        int       int nfds int, ptr readfds inout:fdset:0, ptr writefds inout:fdset:0, ptr exceptfds inout:fdset:0, ptr timeout in:timespec, ptr sig in:pselect6_data
ppoll                   desc                        int       ptr fds pollfd:1, uint nfds uint, ptr tmo_p in:timespec, ptr sigmask sigset:4, size_t sigsetsize ulong
unshare                 -                           int       ulong flags flags:unshare_flags
set_robust_list         -                           int       ptr addr ptr, size_t length ulong
get_robust_list         -                           int       int pid tid, ptr head_ptr out:ptr_ptr, ptr len_ptr out:ulong_ptr
splice                  desc                        long      int fd_in fd, ptr off_in in:loff, int fd_out fd, ptr off_out in:loff, size_t len ulong, uint flags flags:splice_flags
tee                     desc                        long      int fd_in fd, int fd_out fd, size_t len ulong, uint flags flags:splice_flags
sync_file_range         desc                        int       int fd fd, loff_t offset long, loff_t nbytes long, uint flags flags:sync_file_range_flags
vmsplice                desc,writes_data            long      int fd fd, ptr iov iovec_in:2, size_t nr_segs ulong, uint flags flags:splice_flags
move_pages              memory                      int       int pid pid, ulong count ulong, ptr pages in:ptr_array:1, ptr nodes in:int_array:1, ptr status exit:page_status_array:1, int flags flags:move_pages_flags
utimensat               desc,file                   int       int dirfd dirfd, ptr pathname path, ptr times in:timespec_pair, int flags flags:at_flags
epoll_pwait             desc                        int       int epfd fd, ptr events out:epoll_events:ret, int maxevents int, int timeout int, ptr sigmask out:sigset:5, size_t sigsetsize ulong
signalfd                desc,signal                 fd        int fd fd, ptr mask sigset:2, int sizemask ulong
timerfd_create          desc                        fd        int clockid clockid, int flags flags:timerfd_create_flags
eventfd                 desc                        fd        uint initval uint
fallocate               desc                        int       int fd fd, int mode flags:falloc_flags, loff_t offset long, loff_t len long
timerfd_settime         desc                        int       int fd fd, int flags flags:timerfdflags, ptr new_value in:itimerspec, ptr old_value out:itimerspec
timerfd_gettime         desc                        int       int fd fd, ptr curr_value out:itimerspec
accept4                 net                         fd        int sockfd fd, ptr addr sockaddr_out:2, ptr addrlen inout:socklen, int flags flags:sock_type_flags
signalfd4               desc,signal                 fd        int fd fd, ptr mask sigset:2, size_t sizemask ulong, int flags flags:sfd_flags
eventfd2                desc                        fd        uint initval uint, int flags flags:efd_flags
epoll_create1           desc                        fd        int flags flags:epollflags
dup3                    desc                        fd        int oldfd fd, int newfd fd, int flags flags:open_flags
pipe2                   desc                        int       ptr pipefd out:int_pair, int flags flags:open_flags
inotify_init1           desc                        fd        int flags flags:inotify_init_flags
preadv                  desc,reads_data             long      int fd fd, ptr iov iovec_out:2, int iovcnt ulong, loff_t offset long
pwritev                 desc,writes_data            long      int fd fd, ptr iov iovec_in:2, int iovcnt ulong, loff_t offset long
rt_tgsigqueueinfo       process,signal              int       pid_t tgid pid, pid_t tid tid, int signum signo, ptr info in:siginfo
perf_event_open         desc                        fd        ptr attr ptr, pid_t pid pid, int cpu int, int group_fd fd, ulong flags flags:perf_event_open_flags
recvmmsg                net,reads_data              int       int sockfd fd, ptr msgvec out:mmsghdr:ret, uint vlen uint, int flags flags:msg_flags, ptr timeout inout:timespec
fanotify_init           desc                        fd        uint flags flags:fan_init_flags, uint event_f_flags flags:open_flags
fanotify_mark           desc,file                   int       int fanotify_fd fd, uint flags flags:fan_mark_flags, ulong mask flags:fan_event_flags, int dirfd dirfd, ptr pathname path
prlimit64               -                           int       pid_t pid pid, uint resource xval:resources, ptr new_limit in:rlimit, ptr old_limit out:rlimit
name_to_handle_at       desc,file                   int       int dirfd dirfd, ptr pathname path, ptr handle inout:file_handle, ptr mount_id out:int_ptr, int flags flags:at_flags
open_by_handle_at       desc                        fd        int mount_fd fd, ptr handle in:file_handle, int flags flags:open_flags
clock_adjtime           clock                       xval:adjtimex_state clockid_t clockid clockid, ptr buf inout:timex
syncfs                  desc                        int       int fd fd
sendmmsg                net,writes_data             int       int sockfd fd, ptr msgvec inout:mmsghdr:2, uint vlen uint, int flags flags:msg_flags
setns                   desc                        int       int fd fd, int nstype flags:setns_types
getcpu                  -                           int       ptr cpu out:uint_ptr, ptr node out:uint_ptr, ptr tcache ptr
process_vm_readv        -                           long      pid_t pid pid, ptr local_iov iovec_out:2, ulong liovcnt ulong, ptr remote_iov iovec_addrs:4, ulong riovcnt ulong, ulong flags ulong
process_vm_writev       -                           long      pid_t pid pid, ptr local_iov iovec_in:2, ulong liovcnt ulong, ptr remote_iov iovec_addrs:4, ulong riovcnt ulong, ulong flags ulong
kcmp                    -                           int       pid_t pid1 pid, pid_t pid2 pid, int type xval:kcmp_types, ulong idx1 ulong, ulong idx2 ulong
finit_module            desc                        int       int fd fd, ptr param_values str, int flags flags:module_init_flags
sched_setattr           -                           int       pid_t pid pid, ptr attr in:sched_attr, uint flags uint
sched_getattr           -                           int       pid_t pid pid, ptr attr out:sched_attr:2, uint size uint, uint flags uint
renameat2               desc,file                   int       int olddirfd dirfd, ptr oldpath path, int newdirfd dirfd, ptr newpath path, uint flags flags:rename_flags
seccomp                 -                           long      uint operation xval:seccomp_ops, uint flags flags:seccomp_filter_flags, ptr args ptr
getrandom               -                           long      ptr buf outbuf:ret, size_t buflen ulong, uint flags flags:getrandom_flags
memfd_create            desc                        fd        ptr name str, uint flags flags:memfd_create_flags
kexec_file_load         desc                        long      int kernel_fd fd, int initrd_fd fd, ulong cmdline_len ulong, ptr cmdline str, ulong flags flags:kexec_file_load_flags
bpf                     desc                        long      int cmd xval:bpf_commands, ptr attr ptr, uint size uint
execveat                desc,file,process           int       int dirfd dirfd, ptr pathname path, ptr argv argv, ptr envp envp, int flags flags:at_flags
userfaultfd             desc                        fd        int flags flags:uffd_flags
membarrier              -                           int       int cmd xval:membarrier_cmds, uint flags uint, int cpu_id int
mlock2                  memory                      int       ptr addr ptr, size_t length ulong, uint flags flags:mlock_flags
copy_file_range         desc                        long      int fd_in fd, ptr off_in in:loff, int fd_out fd, ptr off_out in:loff, size_t len ulong, uint flags uint
preadv2                 desc,reads_data             long      ulong fd fd, ptr iov iovec_out:2, ulong iovcnt ulong, ulong offset long, ulong flags unused, int flags flags:rwf_flags
pwritev2                desc,writes_data            long      ulong fd fd, ptr iov iovec_in:2, ulong iovcnt ulong, ulong offset long, ulong flags unused, int flags flags:rwf_flags
pkey_mprotect           memory                      int       ptr addr ptr, size_t length ulong, ulong prot flags:mmap_prot, int pkey int
pkey_alloc              -                           int       ulong flags hex, ulong access_rights flags:pkey_access
pkey_free               -                           int       int pkey int
statx                   desc,file,fstat,stat_like   int       int dirfd dirfd, ptr pathname path, int flags flags:at_flags, uint mask flags:statx_masks, ptr statxbuf out:statx
io_pgetevents           -                           int       ulong ctx_id hex, long min_nr long, long nr long, ptr events out:io_events:ret, ptr timeout in:timespec, ptr sig in:aio_sigset
rseq                    -                           int       ptr rseq hex, uint rseq_len hex, int flags hex, uint sig hex
uretprobe               -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
uprobe                  -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
pidfd_send_signal       desc,signal,process         int       int pidfd fd, int signum signo, ptr info in:siginfo, uint flags uint
io_uring_setup          desc                        fd        uint entries uint, ptr params inout:io_uring_params
io_uring_enter          desc,signal                 int       uint fd fd, uint to_submit uint, uint min_complete uint, uint flags flags:uring_enter_flags, ptr sigset sigset:5, size_t sigsetsize ulong
io_uring_register       desc,memory                 int       uint fd fd, uint opcode xval:uring_register_opcodes, ptr arg ptr, uint nr_args uint
open_tree               desc,file                   fd        int dirfd dirfd, ptr pathname path, uint flags flags:open_tree_flags
move_mount              desc,file                   int       int from_dfd dirfd, ptr from_pathname path, int to_dfd dirfd, ptr to_pathname path, uint flags flags:move_mount_flags
fsopen                  desc                        fd        ptr fsname str, uint flags flags:fsopen_flags
fsconfig                desc,file                   int       int fd fd, uint cmd xval:fsconfig_cmds, ptr key str, ptr value ptr, int aux int
fsmount                 desc                        fd        int fd fd, uint flags flags:fsmount_flags, uint attr_flags flags:fsmount_attr_flags
fspick                  desc,file                   fd        int dirfd dirfd, ptr pathname path, uint flags flags:fspick_flags
pidfd_open              desc                        fd        pid_t pid pid, uint flags flags:pidfd_open_flags
clone3                  process                     int       ptr cl_args inout:clone_args, size_t size ulong
close_range             -                           int       uint first uint, uint last uint, uint flags flags:close_range_flags
openat2                 desc,file                   fd        int dirfd dirfd, ptr pathname path, ptr how in:open_how:3, size_t size ulong
pidfd_getfd             desc                        fd        int pidfd fd, int targetfd int, uint flags hex
faccessat2              desc,file                   int       int dirfd dirfd, ptr pathname path, int mode flags:access_modes, int flags flags:faccessat_flags
process_madvise         desc                        long      int pidfd fd, ptr iovec iovec_addrs:2, size_t n ulong, int advice xval:madvise_cmds, uint flags hex
epoll_pwait2            desc                        int       int epfd fd, ptr events out:epoll_events:ret, int maxevents int, ptr timeout out:timespec, ptr sigmask out:sigset:5, size_t sigsetsize ulong
mount_setattr           desc,file                   int       int dirfd dirfd, ptr pathname path, uint flags flags:mount_setattr_flags, ptr attr in:mount_attr:4, size_t size ulong
quotactl_fd             desc                        int       uint fd fd, uint op quotactl_cmd, int id int, ptr addr ptr
landlock_create_ruleset desc                        fd        ptr attr in:landlock_ruleset_attr:1, size_t size ulong, uint flags flags:landlock_create_ruleset_flags
landlock_add_rule       desc                        int       int ruleset_fd fd, int rule_type xval:landlock_rule_types, ptr rule_attr in:landlock_rule, uint flags uint
landlock_restrict_self  desc                        int       int ruleset_fd fd, uint flags hex
memfd_secret            desc                        fd        uint flags flags:memfd_secret_flags
process_mrelease        desc                        int       int pidfd fd, uint flags hex
futex_waitv             -                           int       ptr waiters futex_waitv:1, uint nr_futexes uint, uint flags hex, ptr timeout in:timespec, clockid_t clockid clockid
set_mempolicy_home_node memory                      int       ulong start ptr, ulong len ulong, ulong home_node ulong, ulong flags hex
cachestat               -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
fchmodat2               -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
map_shadow_stack        -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
futex_wake              -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
futex_wait              -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
futex_requeue           -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
statmount               -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
listmount               -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
lsm_get_self_attr       -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
lsm_set_self_attr       -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
lsm_list_modules        -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
mseal                   -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
setxattrat              -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
getxattrat              -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
listxattrat             -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
removexattrat           -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
open_tree_attr          -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
file_getattr            -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
file_setattr            -                           long      ulong arg1 hex, ulong arg2 hex, ulong arg3 hex, ulong arg4 hex, ulong arg5 hex, ulong arg6 hex
