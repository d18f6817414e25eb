package vn.renluyen.admission;

/**
 * A failed eligibility check or a warning, with the message that explains it. An argument may itself be a
 * finding (a check that would fail at the planned vote), translated in its turn.
 */
public record Finding(EligibilityRule rule, String messageKey, Object... arguments) {
}
