package vn.renluyen.members.ui;

import com.vaadin.flow.component.textfield.TextArea;
import vn.renluyen.members.Transfers;

/** Cancelling a transfer letter that was not used, with the reason the history will show. */
class CancelTransferDialog extends RecordDialog {

    private final Transfers transfers;
    private final long transferId;
    private final TextArea reason = new TextArea();

    CancelTransferDialog(Transfers transfers, long transferId, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("transfer.cancel"));
        this.transfers = transfers;
        this.transferId = transferId;
        reason.setLabel(getTranslation("member.step.reason"));
        reason.setMaxLength(1000);
        wide(reason);
        renameSave(getTranslation("transfer.cancel"));
    }

    @Override
    protected void apply() {
        transfers.cancel(transferId, reason.getValue());
    }
}
