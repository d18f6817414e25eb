package vn.renluyen.admission;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of the admission rules, as configuration so they can follow the documents in force (DESIGN.md:
 * 2026 revisions could not be verified here). Defaults and where they come from:
 * <ul>
 * <li>{@code min-age} 18 and {@code max-age} 60, counted at the date of the cell's vote (older only by special
 * approval, which the portal records as a justified override): Điều lệ Đảng, Điều 1 (from 18), and Quy định
 * 294-QĐ/TW (2025) as DESIGN.md's glossary ("kết nạp") records them. A candidate is eligible from the 18th
 * birthday up to and including the 60th;</li>
 * <li>{@code awareness-certificate-validity} 60 months from the date the certificate of the party-awareness
 * course was issued (DESIGN.md glossary, "kết nạp"; Hướng dẫn 38-HD/BTCTW, 2025, for who issues it);</li>
 * <li>{@code new-member-certificate-warning} 9 months after the ceremony: not a rule of a document but the
 * portal's reminder (issue #7), so the certificate of the new-member course, the first document of the
 * recognition file, is there before the 12 months of probation end.</li>
 * </ul>
 * The probation itself and the working-day deadlines are {@code portal.members} ({@code MembershipRules}).
 */
@ConfigurationProperties("portal.admission")
public record AdmissionRules(Integer minAge, Integer maxAge, Period awarenessCertificateValidity,
        Period newMemberCertificateWarning) {

    public AdmissionRules {
        minAge = minAge == null ? 18 : minAge;
        maxAge = maxAge == null ? 60 : maxAge;
        awarenessCertificateValidity = awarenessCertificateValidity == null ? Period.ofMonths(60)
                : awarenessCertificateValidity;
        newMemberCertificateWarning = newMemberCertificateWarning == null ? Period.ofMonths(9)
                : newMemberCertificateWarning;
    }
}
