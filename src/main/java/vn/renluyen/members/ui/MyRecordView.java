package vn.renluyen.members.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.renluyen.base.ui.ExportLinks;
import vn.renluyen.members.MemberRecords;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatuses;
import vn.renluyen.members.OwnData;
import vn.renluyen.security.Roles;

/** /ho-so-cua-toi: the member's or candidate's own record, to read (the cell keeps it). */
@Route("ho-so-cua-toi")
@RolesAllowed({Roles.MEMBER, Roles.CANDIDATE})
@Menu(title = "nav.myRecord", order = 21, icon = "vaadin:user")
class MyRecordView extends VerticalLayout implements HasDynamicTitle {

    MyRecordView(MemberRecords records, MemberService members, MemberStatuses statuses,
            List<MemberRecordSection> sections, OwnData ownData, java.time.Clock clock) {
        addClassName("member-record-view");
        records.mine().ifPresentOrElse(
                record -> add(new MemberRecordPanel(records, members, statuses, sections, record.id(), clock),
                        new Paragraph(getTranslation("member.mine.corrections")), download(ownData)),
                () -> add(new H2(getTranslation("nav.myRecord")), new Paragraph(getTranslation("member.mine.none"))));
    }

    /** "Tải dữ liệu của tôi": built on each click by {@link OwnData}, which checks and audits it. */
    private Div download(OwnData ownData) {
        Div box = new Div(ExportLinks.workbookLink(() -> ownData.mine(getLocale()),
                getTranslation("member.mine.download")), new Paragraph(getTranslation("member.mine.downloadNote")));
        box.addClassName("own-data-download");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myRecord") + " · " + getTranslation("app.name");
    }
}
