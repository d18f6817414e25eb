package vn.renluyen.completion;

import java.time.LocalDate;

/** The public facts of a valid confirmation: what /xac-minh shows and /api/certificates answers. */
public record VerifiedConfirmation(String code, String holderName, String course, LocalDate completedOn,
        String contentVersion, String issuedBy) {

    static VerifiedConfirmation of(CompletionConfirmation c) {
        return new VerifiedConfirmation(c.getCode(), c.getHolderName(), c.getCourseTitle(), c.getCompletedOn(),
                c.getContentVersion(), c.getIssuedBy());
    }
}
