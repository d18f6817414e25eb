package vn.renluyen.members.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import vn.renluyen.members.Organization;
import vn.renluyen.members.QualityRatings;

/** The competent level allows a group the raised "xuất sắc" quota for a year, citing its decision. */
class QuotaDialog extends RecordDialog {

    private final QualityRatings ratings;
    private final long organizationId;
    private final int year;
    private final TextField decision = new TextField();

    QuotaDialog(QualityRatings ratings, Organization group, int year, int percent, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("rating.raiseQuota", percent));
        this.ratings = ratings;
        this.organizationId = group.getId();
        this.year = year;
        decision.setLabel(getTranslation("member.step.decisionNumber"));
        wide(new Paragraph(getTranslation("rating.raiseQuotaExplain", group.getName(), year, percent)));
        wide(decision);
    }

    @Override
    protected void apply() {
        ratings.allowRaisedQuota(organizationId, year, decision.getValue());
    }
}
