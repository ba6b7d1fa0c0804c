/* RTC and MTD ioctls on a bad fd with readable structs: what the decoders print at entry. */
#include <string.h>
#include <sys/ioctl.h>
#include <linux/rtc.h>
#include <mtd/mtd-abi.h>

int main(void) {
    struct rtc_time rt = {1, 2, 3, 4, 5, 106, 6, 7, -1};
    struct rtc_wkalrm wk = {1, 0, {9, 8, 7, 6, 5, 4, 3, 2, 1}};
    struct rtc_pll_info pll = {1, -2, 3, -4, 5, 6, 32768};
    struct rtc_param p = {RTC_PARAM_FEATURES, {.uvalue = 0x105}, 2, 0};
    struct rtc_param q = {RTC_PARAM_BACKUP_SWITCH_MODE, {.uvalue = 3}, 0, 7};
    ioctl(-1, RTC_SET_TIME, &rt);
    ioctl(-1, RTC_WKALM_SET, &wk);
    ioctl(-1, RTC_PLL_SET, &pll);
    ioctl(-1, RTC_PARAM_SET, &p);
    ioctl(-1, RTC_PARAM_SET, &q);
    ioctl(-1, RTC_PARAM_GET, &p);
    ioctl(-1, RTC_RD_TIME, &rt);
    struct erase_info_user e = {0x1000, 0x200};
    struct mtd_oob_buf oob = {0x10, 0x20, (unsigned char *) 0};
    struct mtd_write_req w = {1, 2, 3, 4, 5, MTD_OPS_RAW, {0}};
    struct region_info_user r = {1, 2, 3, 4};
    struct otp_info o = {5, 6, 1};
    int sel = MTD_OTP_USER;
    ioctl(-1, MEMERASE, &e);
    ioctl(-1, MEMWRITEOOB, &oob);
    ioctl(-1, MEMWRITE, &w);
    ioctl(-1, MEMGETREGIONINFO, &r);
    ioctl(-1, OTPLOCK, &o);
    ioctl(-1, OTPSELECT, &sel);
    ioctl(-1, MEMGETINFO, &w);
    return 0;
}
