package vn.renluyen.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.members.Member;
import vn.renluyen.members.StatusStep;

/** The member list, a record page and the member's own page, browserless, as their users see them. */
@PortalIntegrationTest
class MemberRecordViewsIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.renluyen.members.MemberService members;

    @Test
    @WithUserDetails("bithu")
    void theSecretaryFindsAMemberWithoutDiacriticsOnlyInTheirBranch() {
        MembersView view = navigate(MembersView.class);
        @SuppressWarnings("unchecked")
        Grid<Member> grid = find(Grid.class, view).single();
        assertThat(names(grid)).contains("Nguyễn Văn An", "Đặng Quốc Huy").doesNotContain("Vũ Đình Khoa");
        test(find(TextField.class, view).single()).setValue("nguyen van an");
        assertThat(names(grid)).containsExactly("Nguyễn Văn An");
    }

    @Test
    @WithUserDetails("bithu")
    void aRecordShowsItsHistoryAndTheSensitivePartOnlyOnRequest() {
        MemberRecordView view = navigate("chi-bo/dang-vien/" + memberOf("dangvien"), MemberRecordView.class);
        assertThat(find(H2.class).first().getText()).isEqualTo("Nguyễn Văn An");
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("Quá trình", "Lập hồ sơ", "Đảng viên dự bị", "Học tập trực tuyến")
                .doesNotContain("Số định danh cá nhân");
        test(find(Button.class).withText("Hiện thông tin (ghi nhật ký)").single()).click();
        assertThat(view.getElement().getTextRecursively()).contains("Số định danh cá nhân");
        // The reveal is in the record's trail, which the secretary sees on the page after a reload.
        MemberRecordView again = navigate("chi-bo/dang-vien/" + memberOf("dangvien"), MemberRecordView.class);
        assertThat(again.getElement().getTextRecursively()).contains("Nhật ký thay đổi và truy cập",
                "Xem thông tin cần bảo vệ · bithu");
    }

    @Test
    @WithUserDetails("bithu")
    void aRefusedStepKeepsTheDialogOpenWithTheRulesMessage() {
        navigate("chi-bo/dang-vien/" + memberOf("dangvien"), MemberRecordView.class);
        test(find(Button.class).withText("Ghi bước trạng thái").single()).click();
        Dialog dialog = find(Dialog.class).last();
        @SuppressWarnings("unchecked")
        Select<StatusStep> step = find(Select.class, dialog).single();
        test(step).selectItem("Công nhận đảng viên chính thức");
        test(find(TextField.class, dialog).single()).setValue("25-QĐ/ĐU");
        find(com.vaadin.flow.component.datepicker.DatePicker.class, dialog).all().stream()
                .filter(com.vaadin.flow.component.Component::isVisible).findFirst().orElseThrow()
                .setValue(LocalDate.now());
        test(find(TextArea.class, dialog).single()).setValue("Đủ điều kiện");
        test(find(Button.class, dialog).withText("Lưu").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(Paragraph.class, dialog).withClassName("form-problem").single().getText())
                .startsWith("Chưa hết thời gian dự bị");
    }

    @Test
    @WithUserDetails("bithu")
    void anIdOfAnotherBranchAnswersLikeAnUnknownOne() {
        Long khoa = jdbc.queryForObject("select id from member where given_name = 'Khoa'", Long.class);
        UI.getCurrent().navigate("chi-bo/dang-vien/" + khoa);
        assertThat(find(H1.class).first().getText()).isEqualTo("Không tìm thấy trang");
        UI.getCurrent().navigate("chi-bo/dang-vien/abc");
        assertThat(find(H1.class).first().getText()).isEqualTo("Không tìm thấy trang");
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberReadsTheirOwnRecordButCannotEditIt() {
        navigate(MyRecordView.class);
        assertThat(find(H2.class).first().getText()).isEqualTo("Nguyễn Văn An");
        assertThat(find(Button.class).withText("Sửa thông tin chung").exists()).isFalse();
        assertThat(find(Button.class).withText("Ghi bước trạng thái").exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Học tập trực tuyến")
                .doesNotContain("Chưa có tài khoản").doesNotContain("Nhật ký thay đổi");
        UI.getCurrent().navigate("chi-bo/dang-vien/" + memberOf("dangvien"));
        assertThat(find(H1.class).first().getText()).isEqualTo("Không có quyền truy cập");
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberDownloadsTheirOwnDataFromTheirPageOnly() {
        navigate(MyRecordView.class);
        Anchor download = find(Anchor.class).withText("Tải dữ liệu của tôi").single();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(download.getHref()).isNotBlank();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Mỗi lần tải đều được ghi nhật ký");
    }

    @Test
    @WithUserDetails("bithu")
    void aSecretaryReadingAnotherRecordIsNotOfferedItsDataFile() {
        navigate("chi-bo/dang-vien/" + memberOf("dangvien"), MemberRecordView.class);
        assertThat(find(Anchor.class).withText("Tải dữ liệu của tôi").exists()).isFalse();
    }

    @Test
    @WithUserDetails("bithu")
    void aTransferLetterIsIssuedFromTheRecordAndShownWithItsDeadline() {
        long teachers = jdbc.queryForObject("select id from organization where name = 'Chi bộ Giáo viên'", Long.class);
        long id = members.register("Chuyển Đi", "Thử " + System.nanoTime() % 10000, LocalDate.of(1991, 1, 1), teachers,
                vn.renluyen.members.MemberStatus.OFFICIAL, LocalDate.of(2015, 1, 1), null, "Lập hồ sơ").getId();
        MemberRecordView view = navigate("chi-bo/dang-vien/" + id, MemberRecordView.class);
        test(find(Button.class).withText("Giới thiệu chuyển sinh hoạt").single()).click();
        Dialog dialog = find(Dialog.class).last();
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(find(Paragraph.class, dialog).withClassName("form-problem").single().getText())
                .isEqualTo("Cần nhập ngày giấy giới thiệu.");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<vn.renluyen.security.MemberDirectory.OrganizationChoice> to =
                find(com.vaadin.flow.component.combobox.ComboBox.class, dialog).single();
        test(to).selectItem("Chi bộ Hành chính - Phục vụ");
        find(com.vaadin.flow.component.datepicker.DatePicker.class, dialog).first().setValue(LocalDate.now());
        test(find(Button.class, dialog).withText("Lưu").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Chuyển sinh hoạt đảng chính thức",
                "Chi bộ Giáo viên → Chi bộ Hành chính - Phục vụ", "Chờ nơi đến tiếp nhận");
        MembersView list = navigate(MembersView.class);
        assertThat(list.getElement().getTextRecursively()).contains("Giấy giới thiệu chờ tiếp nhận");
        test(find(Button.class, list).withText("Ghi nhận đã đến sinh hoạt").last()).click();
        assertThat(jdbc.queryForObject("select o.name from member m join organization o on o.id = m.organization_id"
                + " where m.id = ?", String.class, id)).isEqualTo("Chi bộ Hành chính - Phục vụ");
    }

    private long memberOf(String username) {
        return jdbc.queryForObject("select member_id from account where username = ?", Long.class, username);
    }

    private List<String> names(Grid<Member> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).getFullName()).toList();
    }
}
