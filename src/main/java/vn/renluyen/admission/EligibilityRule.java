package vn.renluyen.admission;

import java.util.Locale;

/** What the cell's vote checks (numbers in {@link AdmissionRules}). */
public enum EligibilityRule {
    AGE, AWARENESS_CERTIFICATE;

    public String translationKey() {
        return "admission.rule." + name().toLowerCase(Locale.ROOT);
    }
}
