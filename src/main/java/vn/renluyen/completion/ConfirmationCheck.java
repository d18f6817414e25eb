package vn.renluyen.completion;

import java.time.LocalDate;

/** What a verifier learns from a code: valid (with the paper's facts), revoked (when), or unknown. */
public sealed interface ConfirmationCheck {

    record Valid(VerifiedConfirmation confirmation) implements ConfirmationCheck {
    }

    /** Only the date: a revoked paper no longer vouches for anyone, so its holder is not shown. */
    record Revoked(LocalDate revokedOn) implements ConfirmationCheck {
    }

    record Unknown() implements ConfirmationCheck {
    }
}
