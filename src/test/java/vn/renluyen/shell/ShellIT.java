package vn.renluyen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.base.PortalI18nProvider;
import vn.renluyen.base.ui.PortalErrorHandler;
import vn.renluyen.security.ui.LoginView;

/** The frame, navigation per role, the error pages and the error notification, without a browser. */
@PortalIntegrationTest
class ShellIT extends SpringBrowserlessTest {

    @Test
    void anonymousVisitorsSeeThePublicHomeAndALoginButton() {
        navigate(HomeView.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("Học tập, rèn luyện, phấn đấu");
        assertThat(menu()).containsExactly("Trang chủ", "Khoá học", "Gương sáng", "Tin tức", "Cuộc thi trực tuyến");
        assertThat(find(Button.class).withText("Đăng nhập").exists()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void adminSeesAccountAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Khoá học", "Gương sáng", "Tin tức", "Việc học của tôi",
                "Cuộc thi trực tuyến", "Tổng quan", "Tổ chức đảng", "Hồ sơ đảng viên", "Tài khoản đảng viên",
                "Kết nạp đảng viên", "Theo dõi học tập", "Bài thu hoạch", "Đảng viên dự bị", "Đề cử gương sáng",
                "Kế hoạch, xếp loại", "Xác nhận hoàn thành", "Nhập nội dung", "Chỉ mục tìm kiếm", "Tài khoản và quyền");
    }

    @Test
    @WithUserDetails("bithu")
    void secretarySeesTheirMembersButNotAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Khoá học", "Gương sáng", "Tin tức", "Việc học của tôi",
                "Hồ sơ của tôi", "Cuộc thi trực tuyến", "Tổng quan", "Tổ chức đảng", "Hồ sơ đảng viên",
                "Tài khoản đảng viên", "Kết nạp đảng viên", "Theo dõi học tập", "Bài thu hoạch", "Đảng viên dự bị",
                "Đề cử gương sáng", "Kế hoạch, xếp loại", "Xác nhận hoàn thành");
    }

    @Test
    @WithUserDetails("quanchung")
    void candidateSeesPublicPagesAndTheirLearning() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Khoá học", "Gương sáng", "Tin tức", "Việc học của tôi",
                "Hồ sơ của tôi", "Cuộc thi trực tuyến");
    }

    @Test
    void unknownAddressesGetTheVietnameseNotFoundPage() {
        navigate("khong-co-trang-nay", NotFoundView.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("Không tìm thấy trang");
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberOpeningAnAdminPageIsDeniedAndSeesNoData() {
        navigate("quan-tri/tai-khoan", AccessDeniedView.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("Không có quyền truy cập");
        assertThat(find(Grid.class).exists()).isFalse();
    }

    @Test
    void anonymousVisitorsOpeningAPersonalPageAreSentToLogin() {
        navigate("quan-tri/tai-khoan", LoginView.class);
        navigate("doi-mat-khau", LoginView.class);
    }

    @Test
    void aLostDatabaseIsReportedAsANotificationNotAStackTrace() {
        navigate(HomeView.class);
        new PortalErrorHandler().error(new ErrorEvent(new CannotCreateTransactionException("Connection refused")));
        Notification notification = find(Notification.class).last();
        assertThat(test(notification).getText()).startsWith("Tạm thời không kết nối được cơ sở dữ liệu")
                .doesNotContain("Exception");
    }

    @Test
    void unexpectedFailuresGiveAnIncidentNumberOnly() {
        navigate(HomeView.class);
        new PortalErrorHandler().error(new ErrorEvent(new IllegalStateException("secret internals")));
        assertThat(test(find(Notification.class).last()).getText()).contains("mã sự cố").doesNotContain("secret");
    }

    @Test
    void largerTextAndLanguageCanBeSwitched() {
        navigate(HomeView.class);
        test(find(Button.class).withText("A+").single()).click();
        assertThat(UI.getCurrent().getElement().getClassList()).contains("larger-text");
        test(find(Button.class).withText("EN").single()).click();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(PortalI18nProvider.ENGLISH);
        assertThat(vn.renluyen.base.ui.UiPreferences.language()).isEqualTo(PortalI18nProvider.ENGLISH);
    }

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
