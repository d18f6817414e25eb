package vn.renluyen.members;

import java.util.Locale;

/** Chuyển sinh hoạt đảng chính thức (the record moves) or tạm thời (the record stays at home). */
public enum TransferKind {
    OFFICIAL, TEMPORARY;

    public String translationKey() {
        return "transfer.kind." + name().toLowerCase(Locale.ROOT);
    }
}
