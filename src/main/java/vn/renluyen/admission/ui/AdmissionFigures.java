package vn.renluyen.admission.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.renluyen.admission.AdmissionPlans;
import vn.renluyen.admission.CandidateFiles;
import vn.renluyen.admission.Probations;
import vn.renluyen.admission.Stage;
import vn.renluyen.members.ui.DashboardFigures;

/** The year's admissions against the plan, candidates by the stage reached, and probation to watch. */
@Component
class AdmissionFigures implements DashboardFigures {

    private final AdmissionPlans plans;
    private final CandidateFiles files;
    private final Probations probations;

    AdmissionFigures(AdmissionPlans plans, CandidateFiles files, Probations probations) {
        this.plans = plans;
        this.files = files;
        this.probations = probations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Figure> figures(long organizationId, int year) {
        AdmissionPlans.Progress progress = plans.progress(organizationId, year);
        long target = progress.target() == null ? 0 : progress.target();
        Figure plan = new Figure(t("dashboard.admission", year), progress.target() == null
                ? t("dashboard.admission.noTarget") : null,
                List.of(new Bar(t("dashboard.admission.admitted"), progress.admitted()),
                        new Bar(t("dashboard.admission.target"), target)),
                Math.max(target, progress.admitted()));

        List<CandidateFiles.CandidateLine> candidates = files.candidates(organizationId);
        Map<Stage, Long> reached = candidates.stream().filter(c -> c.reached() != null)
                .collect(Collectors.groupingBy(CandidateFiles.CandidateLine::reached, Collectors.counting()));
        List<Bar> stages = new ArrayList<>();
        stages.add(new Bar(t("dashboard.admission.noStage"), candidates.stream().filter(c -> c.reached() == null).count()));
        Arrays.stream(Stage.values()).forEach(s -> stages.add(new Bar(t(s.translationKey()), reached.getOrDefault(s, 0L))));

        List<Probations.Line> probation = probations.inSubtree(organizationId);
        Figure watch = Figure.of(t("dashboard.probation"), null, List.of(
                new Bar(t("dashboard.probation.all"), probation.size()),
                new Bar(t("dashboard.probation.warning"), probation.stream().filter(Probations.Line::warning).count()),
                new Bar(t("dashboard.probation.due"), probations.due(organizationId).size())));
        return List.of(plan, new Figure(t("dashboard.candidates"), t("dashboard.candidates.note", candidates.size()),
                stages, candidates.size()), watch);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
