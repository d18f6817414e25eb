package vn.renluyen.completion.ui;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.renluyen.completion.TrainingTable;
import vn.renluyen.curriculum.Audience;
import vn.renluyen.curriculum.Course;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.ui.DashboardFigures;

/**
 * Online study of the subtree: per program, members who completed it, are on it, have not started; and the
 * probationary members past 9 months from their ceremony without the new-member program completed online
 * (the official certificate is the admission file's business; this is the early signal).
 */
@Component
class TrainingFigures implements DashboardFigures {

    private static final int WARNING_MONTHS = 9;

    private final TrainingTable training;
    private final MemberService members;
    private final Clock clock;

    TrainingFigures(TrainingTable training, MemberService members, Clock clock) {
        this.training = training;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures(long organizationId, int year) {
        TrainingTable.Table table = training.of(organizationId);
        List<Figure> figures = new ArrayList<>();
        for (Course course : table.courses()) {
            Map<TrainingTable.Progress, Long> counts = table.rows().stream()
                    .map(r -> r.cell(course.getId()).map(TrainingTable.Cell::progress).orElse(TrainingTable.Progress.NOT_STARTED))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            List<Bar> bars = List.of(TrainingTable.Progress.values()).stream()
                    .map(p -> new Bar(t("training.progress." + p.name()), counts.getOrDefault(p, 0L))).toList();
            figures.add(new Figure(course.getTitle(), t("dashboard.training.note"), bars, table.rows().size()));
        }
        LocalDate cutoff = LocalDate.now(clock).minusMonths(WARNING_MONTHS);
        Map<Long, Member> probationary = members.inSubtree(organizationId).stream()
                .filter(m -> m.getStatus() == MemberStatus.PROBATIONARY && m.getCeremonyDate() != null
                        && !m.getCeremonyDate().isAfter(cutoff))
                .collect(Collectors.toMap(Member::getId, Function.identity()));
        table.courses().stream().filter(c -> c.getAudience() == Audience.NEW_MEMBER).findFirst().ifPresent(course -> {
            long overdue = table.rows().stream().filter(r -> probationary.containsKey(r.memberId()))
                    .filter(r -> r.cell(course.getId()).map(c -> c.completedOn() == null).orElse(true)).count();
            figures.add(new Figure(t("dashboard.overdue"), t("dashboard.overdue.note", WARNING_MONTHS, course.getTitle()),
                    List.of(new Bar(t("dashboard.overdue.count"), overdue),
                            new Bar(t("dashboard.overdue.all", WARNING_MONTHS), probationary.size())), probationary.size()));
        });
        return figures;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
