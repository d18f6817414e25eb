package vn.renluyen.members.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import vn.renluyen.members.QualityRatings;
import vn.renluyen.members.RatingBand;

/** The competent level's decision on a proposed rating; the quota and the proposal bound it (service). */
class DecisionDialog extends RecordDialog {

    private final QualityRatings ratings;
    private final long memberId;
    private final int year;
    private final Select<RatingBand> band = new Select<>();
    private final TextField number = new TextField();

    DecisionDialog(QualityRatings ratings, long memberId, String name, int year, RatingBand proposed, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("rating.decideTitle", year) + " · " + name);
        this.ratings = ratings;
        this.memberId = memberId;
        this.year = year;
        band.setLabel(getTranslation("rating.band"));
        band.setItems(Arrays.stream(RatingBand.values()).filter(b -> b.ordinal() >= proposed.ordinal()).toList());
        band.setItemLabelGenerator(b -> getTranslation(b.translationKey()));
        band.setValue(proposed);
        number.setLabel(getTranslation("member.step.decisionNumber"));
        form.add(band, number);
    }

    @Override
    protected void apply() {
        ratings.decide(memberId, year, band.getValue(), number.getValue());
    }
}
