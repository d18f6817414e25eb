package vn.renluyen.members;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of the membership rules, as configuration so they can follow the documents in force
 * (DESIGN.md: 2026 revisions could not be verified here). Defaults and their sources:
 * <ul>
 * <li>{@code probation} 12 months from the admission ceremony: Điều lệ Đảng, Điều 5;</li>
 * <li>{@code ceremony-working-days} 30 (ceremony after the admission decision) and
 * {@code recognition-working-days} 30 (the cell considers recognition after the probation): Quy định
 * 294-QĐ/TW (2025), as DESIGN.md records them;</li>
 * <li>{@code transfer-letter-working-days} 30 (present the transfer letter) and
 * {@code transfer-start-working-days} 60 (start activity after an official move): DESIGN.md glossary,
 * "chuyển sinh hoạt đảng".</li>
 * </ul>
 */
@ConfigurationProperties("portal.members")
public record MembershipRules(Period probation, Integer ceremonyWorkingDays, Integer recognitionWorkingDays,
        Integer transferLetterWorkingDays, Integer transferStartWorkingDays) {

    public MembershipRules {
        probation = probation == null ? Period.ofMonths(12) : probation;
        ceremonyWorkingDays = ceremonyWorkingDays == null ? 30 : ceremonyWorkingDays;
        recognitionWorkingDays = recognitionWorkingDays == null ? 30 : recognitionWorkingDays;
        transferLetterWorkingDays = transferLetterWorkingDays == null ? 30 : transferLetterWorkingDays;
        transferStartWorkingDays = transferStartWorkingDays == null ? 60 : transferStartWorkingDays;
    }
}
