package vn.renluyen.admission;

import java.util.List;

/** The vote was refused by the eligibility checks and no justified override was given. */
public class IneligibleVote extends AdmissionProblem {

    private final transient List<Finding> findings;

    IneligibleVote(List<Finding> findings) {
        super("admission.error.ineligible");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
