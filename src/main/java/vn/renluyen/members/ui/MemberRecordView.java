package vn.renluyen.members.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.renluyen.members.MemberProblem;
import vn.renluyen.members.MemberRecords;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatuses;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/dang-vien/{id}: one record for the secretary chain or ADMIN. An id outside the user's scope
 * is answered exactly like one that does not exist, so typing ids reveals nothing.
 */
@Route("chi-bo/dang-vien/:id")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
class MemberRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberRecords records;
    private final MemberService members;
    private final MemberStatuses statuses;
    private final List<MemberRecordSection> sections;
    private final java.time.Clock clock;
    private String title = "";

    MemberRecordView(MemberRecords records, MemberService members, MemberStatuses statuses,
            List<MemberRecordSection> sections, java.time.Clock clock) {
        this.records = records;
        this.members = members;
        this.statuses = statuses;
        this.sections = sections;
        this.clock = clock;
        addClassName("member-record-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            title = records.record(id).fullName();
        } catch (NumberFormatException | AccessDeniedException | MemberProblem unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new Anchor("chi-bo/dang-vien", "← " + getTranslation("members.list.title")),
                new MemberRecordPanel(records, members, statuses, sections, id, clock));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
