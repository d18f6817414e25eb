package vn.renluyen.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member record as the current user may see it, read in one transaction (the views hold no entities).
 * The sensitive part is not here: it is fetched on request, so every view of it is audited.
 */
public record MemberRecord(long id, MemberDetails details, MemberStatus status, long organizationId,
        String organizationName, LocalDate admissionDate, LocalDate ceremonyDate, LocalDate officialDate,
        LocalDate probationEnd, List<Step> history, Access access, LocalDate transferredOutOn, String transferredOutTo) {

    public String fullName() {
        return details.familyMiddleName() + " " + details.givenName();
    }

    /** Why the user may see the record; decides what they may do with it. */
    public enum Access {
        /** The member's own record: read, sensitive part in clear. */
        SELF,
        /** A SECRETARY grant covers the record: everything, sensitive part in clear. */
        SECRETARY,
        /** ADMIN without such a grant: everything but the sensitive part, which is masked. */
        ADMIN;

        public boolean mayEdit() {
            return this != SELF;
        }

        public boolean seesSensitiveInClear() {
            return this != ADMIN;
        }
    }

    public record Step(StatusStep kind, MemberStatus status, LocalDate effectiveOn, String decisionNumber,
            String reason, String recordedBy, Instant recordedAt) {
    }
}
