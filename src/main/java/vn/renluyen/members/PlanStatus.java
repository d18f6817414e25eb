package vn.renluyen.members;

import java.util.Locale;

public enum PlanStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    public String translationKey() {
        return "plan.status." + name().toLowerCase(Locale.ROOT);
    }
}
