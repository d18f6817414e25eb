package vn.renluyen.members.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.renluyen.members.Organization;

/** An organization of the user's scope and a year (this one and the four before), for the yearly pages. */
class OrganizationYearFilter extends FlexLayout {

    private final ComboBox<Organization> organization = new ComboBox<>();
    private final Select<Integer> year = new Select<>();

    OrganizationYearFilter(List<Organization> choices, String labelKey, Clock clock, Runnable changed) {
        organization.setLabel(getTranslation(labelKey));
        organization.setItems(choices);
        organization.setItemLabelGenerator(Organization::getName);
        organization.setWidth("min(100%, 30rem)");
        organization.addValueChangeListener(e -> changed.run());
        int now = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("rating.year"));
        year.setItems(IntStream.rangeClosed(now - 4, now).boxed().toList().reversed());
        year.setValue(now);
        year.addValueChangeListener(e -> changed.run());
        addClassName("members-filters");
        add(organization, year);
    }

    void choose(Organization chosen) {
        organization.setValue(chosen);
    }

    /** Null until an organization is chosen. */
    Organization organization() {
        return organization.getValue();
    }

    Integer year() {
        return year.getValue();
    }
}
