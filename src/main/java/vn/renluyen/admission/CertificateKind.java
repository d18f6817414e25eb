package vn.renluyen.admission;

import java.util.Locale;

/** The two official certificates the portal records (Hướng dẫn 38-HD/BTCTW, 2025: issued by the class's centre). */
public enum CertificateKind {
    /** Giấy chứng nhận bồi dưỡng nhận thức về Đảng. */
    AWARENESS_COURSE,
    /** Giấy chứng nhận chương trình lý luận chính trị dành cho đảng viên mới. */
    NEW_MEMBER_COURSE;

    public String translationKey() {
        return "admission.certificate." + name().toLowerCase(Locale.ROOT);
    }
}
