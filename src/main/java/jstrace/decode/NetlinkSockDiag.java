package jstrace.decode;

/** NETLINK_SOCK_DIAG payloads: requests and replies by address family. */
final class NetlinkSockDiag {
    private NetlinkSockDiag() {}

    /** The payload of a sock_diag message; false for NLMSG_DONE (the caller's default). */
    static boolean decode(Call c, int type, long addr, int len) {
        if (type == Netlink.NLMSG_DONE) return false;
        Netlink.family(c, addr, len);
        return true;
    }
}
