package jstrace.decode;

/** bpf(BPF_OBJ_GET_INFO_BY_FD): placeholder, filled in below. */
final class BpfObjInfo {
    private BpfObjInfo() {}

    static int objGetInfoByFd(Call c, byte[] raw) {
        BpfDecoders.Attr a = new BpfDecoders.Attr(c, raw, 16, true);
        c.out.append('{');
        a.open("info");
        a.fd("bpf_fd", 0);
        a.u("info_len", 4);
        a.addr("info", 8);
        a.close();
        a.extra(16);
        c.out.append('}');
        return Call.DONE;
    }
}
