package vn.renluyen.members;

import java.util.Locale;

public enum TransferStatus {
    /** The letter is issued; the receiving organization has not yet recorded the member's arrival. */
    PENDING,
    /** The receiving organization recorded the arrival (for an official transfer the record moved there). */
    RECEIVED,
    CANCELLED;

    public String translationKey() {
        return "transfer.status." + name().toLowerCase(Locale.ROOT);
    }
}
