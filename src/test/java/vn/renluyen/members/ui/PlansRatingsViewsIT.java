package vn.renluyen.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.members.OrganizationType;
import vn.renluyen.members.QualityRatings;

/** The ratings page of a secretary and the plan a member writes on their own record page. */
@PortalIntegrationTest
class PlansRatingsViewsIT extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    MemberService members;

    @Test
    @WithUserDetails("bithu")
    void theSecretaryProposesAndDecidesAndSeesTheQuota() {
        long school = organizations.manageable().stream()
                .filter(o -> o.getName().equals("Đảng bộ Trường Trung học phổ thông Hoà An")).findFirst().orElseThrow()
                .getId();
        Organization cell = organizations.create("Chi bộ Xếp loại " + UUID.randomUUID().toString().substring(0, 5),
                OrganizationType.CELL, school);
        members.register("Xếp Loại", "Thuận", LocalDate.of(1980, 2, 2), cell.getId(), MemberStatus.OFFICIAL,
                LocalDate.of(2010, 2, 2), null, "Lập hồ sơ");

        RatingsView view = navigate(RatingsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Organization> group = find(ComboBox.class, view).single();
        test(group).selectItem(cell.getName());
        @SuppressWarnings("unchecked")
        Grid<QualityRatings.GroupRow> grid = find(Grid.class, view).single();
        assertThat(test(grid).size()).isEqualTo(1);

        test(find(Button.class, test(grid).getCellComponent(0, 4)).withText("Đề xuất").single()).click();
        Dialog dialog = find(Dialog.class).last();
        find(IntegerField.class, dialog).all().get(0).setValue(31);
        find(IntegerField.class, dialog).all().get(1).setValue(60);
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(find(Paragraph.class, dialog).withClassName("form-problem").single().getText())
                .startsWith("Điểm không hợp lệ");
        find(IntegerField.class, dialog).all().get(0).setValue(25);
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("85 · Hoàn thành tốt nhiệm vụ");

        test(find(Button.class, test(grid).getCellComponent(0, 4)).withText("Quyết định").single()).click();
        test(find(Button.class, find(Dialog.class).last()).withText("Lưu").single()).click();
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(view.getElement().getTextRecursively()).contains("Đã quyết định: 1 hoàn thành tốt");
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberWritesAndSubmitsTheYearsPlanOnTheirOwnPage() {
        MyRecordView view = navigate(MyRecordView.class);
        int year = LocalDate.now().getYear();
        test(find(Button.class, view).withText("Viết kế hoạch năm " + year).single()).click();
        Dialog dialog = find(Dialog.class).last();
        test(find(Button.class, dialog).withText("Gửi chi bộ").single()).click();
        assertThat(find(Paragraph.class, dialog).withClassName("form-problem").single().getText())
                .startsWith("Cần viết đủ bốn phần");
        String[] parts = {"Học Nghị quyết 21-NQ/TW", "Dạy tốt", "Gương mẫu nơi cư trú", "Phụ trách Đoàn"};
        for (int i = 0; i < 4; i++) {
            find(TextArea.class, dialog).all().get(i).setValue(parts[i]);
        }
        test(find(Button.class, dialog).withText("Gửi chi bộ").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Đã gửi, chờ chi bộ xem xét");
    }
}
