package vn.renluyen.members.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import vn.renluyen.members.ForcedReason;
import vn.renluyen.members.QualityRatings;
import vn.renluyen.members.Score;

/** Points for a year's rating: the member's self-assessment, or the cell's proposal with forced conditions. */
class ScoreDialog extends RecordDialog {

    private final QualityRatings ratings;
    private final Long memberId;
    private final int year;
    private final IntegerField general = new IntegerField();
    private final IntegerField tasks = new IntegerField();
    private final CheckboxGroup<ForcedReason> forced = new CheckboxGroup<>();
    private final TextArea note = new TextArea();
    private final CheckboxGroup<String> met = new CheckboxGroup<>();

    /** {@code memberId} null: the current member assesses themself. */
    ScoreDialog(QualityRatings ratings, vn.renluyen.members.RatingRules rules, Long memberId, String name, int year, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation(memberId == null ? "rating.selfTitle" : "rating.proposeTitle", year) + " · " + name);
        this.ratings = ratings;
        this.memberId = memberId;
        this.year = year;
        general.setLabel(getTranslation("rating.general", rules.generalMax()));
        general.setMin(0);
        general.setMax(rules.generalMax());
        general.setStepButtonsVisible(true);
        tasks.setLabel(getTranslation("rating.tasks", rules.tasksMax()));
        tasks.setMin(0);
        tasks.setMax(rules.tasksMax());
        tasks.setStepButtonsVisible(true);
        forced.setLabel(getTranslation("rating.forced"));
        forced.setItems(ForcedReason.values());
        forced.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        note.setLabel(getTranslation("member.step.reason"));
        note.setMaxLength(2000);
        form.add(general, tasks);
        if (memberId != null) {
            wide(forced);
            java.util.List<String> conditions = java.util.Arrays.stream(vn.renluyen.members.RatingBand.values())
                    .flatMap(b -> rules.conditionsOf(b).stream()).distinct().toList();
            if (!conditions.isEmpty()) {
                met.setLabel(getTranslation("rating.conditionsMet"));
                met.setItems(conditions);
                wide(met);
            }
        }
        wide(note);
    }

    @Override
    protected void apply() {
        if (general.getValue() == null || tasks.getValue() == null) {
            throw new Missing("rating.error.pointsRequired");
        }
        Score score = new Score(general.getValue(), tasks.getValue());
        if (memberId == null) {
            ratings.selfAssess(year, score, note.getValue());
        } else {
            ratings.propose(memberId, year, score, Set.copyOf(forced.getValue()), Set.copyOf(met.getValue()),
                    note.getValue());
        }
    }
}
