package vn.renluyen.admission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestPdfs;
import vn.renluyen.Users;
import vn.renluyen.admission.AdmissionFixtures;
import vn.renluyen.admission.CertificateKind;
import vn.renluyen.admission.Certificates;
import vn.renluyen.admission.StageRecorder;
import vn.renluyen.base.ui.PdfPicker;

/** The admission pages browserless, as the secretary sees them. */
@PortalIntegrationTest
class AdmissionViewsIT extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    StageRecorder recorder;
    @Autowired
    Certificates certificates;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    AdmissionFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AdmissionFixtures(context);
    }

    @Test
    @WithUserDetails("bithu")
    void thePipelinePageListsACandidateAtTheirStageAndSetsTheTarget() {
        LocalDate vote = LocalDate.now().minusMonths(1);
        long id = fixtures.candidate("Chi bộ Giáo viên", LocalDate.of(1998, 8, 8));
        fixtures.readyForVote("bithu", id, vote.minusMonths(2), vote);
        String name = jdbc.queryForObject("select concat(family_middle_name, ' ', given_name) from member where id = ?",
                String.class, id);
        AdmissionView view = navigate(AdmissionView.class);
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("Kế hoạch phát triển đảng viên năm", name,
                "Đã xong: Nhận xét của tổ chức đoàn thể chính trị - xã hội", "Đặng Quốc Huy");

        test(find(Button.class, view).withText("Đặt chỉ tiêu").first()).click();
        Dialog dialog = find(Dialog.class).last();
        find(IntegerField.class, dialog).single().setValue(-3);
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("Chỉ tiêu phải từ 0 đến");
        find(IntegerField.class, dialog).single().setValue(4);
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("/ chỉ tiêu 4");
    }

    @Test
    @WithUserDetails("bithu")
    void aStageIsRecordedThroughTheFilePage() {
        long id = fixtures.candidate("Chi bộ Giáo viên", LocalDate.of(1998, 8, 8));
        CandidateFileView view = navigate("chi-bo/ket-nap/" + id, CandidateFileView.class);
        test(find(Button.class, view).withText("Lập hồ sơ kết nạp").single()).click();
        assertThat(view.getElement().getTextRecursively()).contains("Bước tiếp theo: Học lớp bồi dưỡng nhận thức về Đảng",
                "Chưa ghi nhận");

        NextStageForm form = find(NextStageForm.class).single();
        find(DatePicker.class, form).first().setValue(LocalDate.now().minusDays(3));
        test(find(Button.class, form).withText("Ghi nhận bước này").single()).click();
        assertThat(find(ProblemText.class, form).single().text()).startsWith("Cần ghi nhận giấy chứng nhận bồi dưỡng");

        test(find(Button.class, view).withText("Ghi nhận giấy chứng nhận").first()).click();
        Dialog dialog = find(Dialog.class).last();
        find(TextField.class, dialog).all().get(0).setValue("GCN-V (thử)");
        find(TextField.class, dialog).all().get(1).setValue("Trung tâm chính trị (thử)");
        find(DatePicker.class, dialog).single().setValue(LocalDate.now().minusDays(5));
        find(PdfPicker.class, dialog).single().picked("giay-chung-nhan.pdf", pdf());
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(dialog.isOpened()).isFalse();

        form = find(NextStageForm.class).single();
        find(DatePicker.class, form).first().setValue(LocalDate.now().minusDays(3));
        find(PdfPicker.class, form).single().picked("danh-sach-lop.pdf", pdf());
        test(find(Button.class, form).withText("Ghi nhận bước này").single()).click();
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("Bước tiếp theo: Đơn xin vào Đảng", "Mở danh-sach-lop.pdf", "Số GCN-V (thử)",
                "Mở giay-chung-nhan.pdf");
        assertThat(jdbc.queryForObject("select count(*) from admission_stage s join candidate_file f on f.id = s.file_id"
                + " where f.member_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("bithu")
    void aRefusedVoteShowsTheEligibilityMessageAndKeepsTheForm() {
        LocalDate vote = LocalDate.now().minusDays(10);
        long id = fixtures.candidate("Chi bộ Giáo viên", vote.minusYears(18).plusDays(3));
        fixtures.readyForVote("bithu", id, vote.minusMonths(2), vote);
        navigate("chi-bo/ket-nap/" + id, CandidateFileView.class);
        NextStageForm form = find(NextStageForm.class).single();
        find(DatePicker.class, form).first().setValue(vote);
        assertThat(form.getElement().getTextRecursively()).contains("Chưa đủ 18 tuổi tại ngày chi bộ xét");
        find(TextField.class, form).single().setValue("17-NQ/CB (thử)");
        test(find(Button.class, form).withText("Ghi nhận bước này").single()).click();

        assertThat(find(ProblemText.class, form).single().text()).startsWith("Quần chúng chưa đủ điều kiện");
        assertThat(find(ProblemText.class, form).single().getElement().getTextRecursively()).contains("Chưa đủ 18 tuổi");
        assertThat(find(TextField.class, form).single().getValue()).isEqualTo("17-NQ/CB (thử)");
        assertThat(jdbc.queryForObject("select count(*) from admission_stage s join candidate_file f on f.id = s.file_id"
                + " where f.member_id = ? and s.stage = 'CELL_RESOLUTION'", Integer.class, id)).isZero();
    }

    @Test
    @WithUserDetails("bithu")
    void anIdOfAnotherBranchAnswersLikeAnUnknownOne() {
        long villager = fixtures.candidate("Chi bộ thôn Đông Hoà", LocalDate.of(1999, 9, 9));
        UI.getCurrent().navigate("chi-bo/ket-nap/" + villager);
        assertThat(find(H1.class).first().getText()).isEqualTo("Không tìm thấy trang");
        UI.getCurrent().navigate("chi-bo/ket-nap/abc");
        assertThat(find(H1.class).first().getText()).isEqualTo("Không tìm thấy trang");
    }

    @Test
    @WithUserDetails("bithu")
    void theProbationPageListsTheDueMemberWithTheRecognitionButton() {
        long id = fixtures.register("Chi bộ Giáo viên", LocalDate.of(1994, 4, 4),
                vn.renluyen.members.MemberStatus.PROBATIONARY, LocalDate.now().minusMonths(12).minusDays(5));
        Users.run(users, "bithu", () -> certificates.record(id, CertificateKind.NEW_MEMBER_COURSE, "GCN-M (thử)",
                "Trung tâm chính trị (thử)", LocalDate.now().minusMonths(2), null));
        ProbationView view = navigate(ProbationView.class);
        String name = jdbc.queryForObject("select concat(family_middle_name, ' ', given_name) from member where id = ?",
                String.class, id);
        assertThat(view.getElement().getTextRecursively()).contains("Đến hạn xét công nhận đảng viên chính thức", name,
                "hạn xét công nhận: hết ngày", "Nguyễn Văn An");
        assertThat(find(Button.class, view).withText("Công nhận đảng viên chính thức").exists()).isTrue();
    }

    private static byte[] pdf() {
        return TestPdfs.onePage("Giay chung nhan");
    }
}
