package vn.renluyen.members;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of the yearly quality rating, as configuration (Quy định 366-QĐ/TW and Hướng dẫn
 * 43-HD/BTCTW, 2025, as DESIGN.md records them): 100 points = 30 for the general criteria + 70 for the
 * results of tasks; bands from 90 (xuất sắc), 70 (tốt) and 50 (hoàn thành); members rated "hoàn thành
 * xuất sắc" at most 20 % of those rated "hoàn thành tốt" in a group (25 % where the competent level allows it); members admitted less than 6 months
 * before are not rated. Each band's own completion conditions (Hướng dẫn 43-HD/BTCTW) are listed per deployment
 * in {@code portal.rating.conditions.<BAND>[n]}; their text could not be checked here, so none is preset.
 */
@ConfigurationProperties("portal.rating")
public record RatingRules(Integer generalMax, Integer tasksMax, Integer excellentFrom, Integer goodFrom,
        Integer completedFrom, Integer excellentQuotaPercent, Integer raisedQuotaPercent, Period minimumMembership,
        Map<RatingBand, List<String>> conditions) {

    public RatingRules {
        generalMax = generalMax == null ? 30 : generalMax;
        tasksMax = tasksMax == null ? 70 : tasksMax;
        excellentFrom = excellentFrom == null ? 90 : excellentFrom;
        goodFrom = goodFrom == null ? 70 : goodFrom;
        completedFrom = completedFrom == null ? 50 : completedFrom;
        excellentQuotaPercent = excellentQuotaPercent == null ? 20 : excellentQuotaPercent;
        raisedQuotaPercent = raisedQuotaPercent == null ? 25 : raisedQuotaPercent;
        minimumMembership = minimumMembership == null ? Period.ofMonths(6) : minimumMembership;
        conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
    }

    /** The conditions a band asks for besides its points (configured; none unless the deployment lists them). */
    public List<String> conditionsOf(RatingBand band) {
        return conditions.getOrDefault(band, List.of());
    }

    /**
     * The band of a total whose conditions the cell confirmed: the best band the points reach whose every
     * condition is among {@code met}; a band with an unmet condition gives way to the next one.
     */
    public RatingBand band(int total, Set<String> met) {
        RatingBand band = band(total);
        while (band != RatingBand.NOT_COMPLETED && !met.containsAll(conditionsOf(band))) {
            band = RatingBand.values()[band.ordinal() + 1];
        }
        return band;
    }

    /** The band a total score reaches, before any forced condition. */
    public RatingBand band(int total) {
        if (total >= excellentFrom) {
            return RatingBand.EXCELLENT;
        }
        if (total >= goodFrom) {
            return RatingBand.GOOD;
        }
        return total >= completedFrom ? RatingBand.COMPLETED : RatingBand.NOT_COMPLETED;
    }

    /** How many "xuất sắc" a group may have for this many "tốt" (rounded down). */
    public int excellentAllowed(int good) {
        return excellentAllowed(good, excellentQuotaPercent);
    }

    public static int excellentAllowed(int good, int percent) {
        return good * percent / 100;
    }
}
