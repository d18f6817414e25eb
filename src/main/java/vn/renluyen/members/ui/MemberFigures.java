package vn.renluyen.members.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.PlanStatus;
import vn.renluyen.members.QualityRating;
import vn.renluyen.members.QualityRatings;
import vn.renluyen.members.RatingBand;
import vn.renluyen.members.SelfImprovementPlan;
import vn.renluyen.members.SelfImprovementPlans;

/** Members by status, the year's plans and the year's rating results of the subtree. */
@Component
class MemberFigures implements DashboardFigures {

    private final MemberService members;
    private final SelfImprovementPlans plans;
    private final QualityRatings ratings;

    MemberFigures(MemberService members, SelfImprovementPlans plans, QualityRatings ratings) {
        this.members = members;
        this.plans = plans;
        this.ratings = ratings;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<Figure> figures(long organizationId, int year) {
        List<Member> all = members.inSubtree(organizationId);
        Map<MemberStatus, Long> byStatus = all.stream()
                .collect(Collectors.groupingBy(Member::getStatus, Collectors.counting()));
        List<Bar> statuses = Arrays.stream(MemberStatus.values())
                .map(s -> new Bar(t(s.translationKey()), byStatus.getOrDefault(s, 0L))).toList();

        List<Member> active = all.stream().filter(m -> m.getStatus() == MemberStatus.PROBATIONARY
                || m.getStatus() == MemberStatus.OFFICIAL).toList();
        Map<Long, SelfImprovementPlan> planOf = plans.ofSubtree(organizationId, year);
        Map<PlanStatus, Long> byPlan = active.stream().map(m -> planOf.get(m.getId())).filter(p -> p != null)
                .collect(Collectors.groupingBy(SelfImprovementPlan::getStatus, Collectors.counting()));
        List<Bar> planBars = new ArrayList<>();
        planBars.add(new Bar(t("dashboard.plans.none"), active.stream().filter(m -> !planOf.containsKey(m.getId())).count()));
        Arrays.stream(PlanStatus.values()).forEach(s -> planBars.add(new Bar(t(s.translationKey()), byPlan.getOrDefault(s, 0L))));

        Map<Long, QualityRating> rated = ratings.ofSubtree(organizationId, year).stream()
                .collect(Collectors.toMap(r -> r.getMember().getId(), Function.identity()));
        Map<RatingBand, Long> byBand = rated.values().stream().filter(r -> r.getDecidedBand() != null)
                .collect(Collectors.groupingBy(QualityRating::getDecidedBand, Collectors.counting()));
        List<Bar> bandBars = new ArrayList<>(Arrays.stream(RatingBand.values())
                .map(b -> new Bar(t(b.translationKey()), byBand.getOrDefault(b, 0L))).toList());
        bandBars.add(new Bar(t("rating.pending"), active.stream()
                .filter(m -> rated.get(m.getId()) == null || rated.get(m.getId()).getDecidedBand() == null).count()));

        return List.of(
                Figure.of(t("dashboard.statuses"), t("dashboard.statuses.note", all.size()), statuses),
                new Figure(t("dashboard.plans", year), t("dashboard.plans.note", active.size()), planBars, active.size()),
                new Figure(t("dashboard.ratings", year), null, bandBars, active.size()));
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
