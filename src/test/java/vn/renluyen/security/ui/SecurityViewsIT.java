package vn.renluyen.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.security.Account;
import vn.renluyen.security.AccountService;

@PortalIntegrationTest
class SecurityViewsIT extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuthenticationManager authentication;

    @Test
    void theLoginPageShowsOneMessageAfterAFailure() {
        com.vaadin.flow.component.UI.getCurrent().navigate("dang-nhap",
                com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("Tên đăng nhập hoặc mật khẩu không đúng").contains("Tên đăng nhập");
    }

    /** An account of this test's own, so that changing its password disturbs no other test. */
    @BeforeAll
    static void createReporter(@Autowired AccountService accounts, @Autowired UserDetailsService users) {
        Users.run(users, "admin", () -> accounts.createStaffAccount("phongvien", "Phóng viên thử", "MatKhauCu-2026"));
    }

    @Test
    @WithUserDetails("phongvien")
    void aUserChangesTheirOwnPassword() {
        ChangePasswordView view = navigate(ChangePasswordView.class);

        var fields = find(PasswordField.class, view).all();
        test(fields.get(0)).setValue("sai");
        test(fields.get(1)).setValue("MatKhauMoi-2026");
        test(fields.get(2)).setValue("MatKhauMoi-2026");
        test(find(Button.class, view).withText("Đổi mật khẩu").single()).click();
        assertThat(fields.get(0).isInvalid()).isTrue();
        assertThat(fields.get(0).getErrorMessage()).isEqualTo("Mật khẩu hiện tại không đúng.");

        test(fields.get(0)).setValue("MatKhauCu-2026");
        test(find(Button.class, view).withText("Đổi mật khẩu").single()).click();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã được đăng xuất.");
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("phongvien",
                "MatKhauMoi-2026")).isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails("dangvien")
    void theNewPasswordFieldShowsItsStrength() {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        PasswordField fresh = find(PasswordField.class, view).all().get(1);
        assertThat(fresh.getHelperText()).isEqualTo("Ít nhất 12 ký tự, không chứa tên đăng nhập.");
        test(fresh).setValue("123456789012");
        assertThat(fresh.getHelperText()).endsWith("Độ mạnh: rất yếu.");
        test(fresh).setValue("Vườn-cam-của-bà-Tư-9-giờ-sáng");
        assertThat(fresh.getHelperText()).endsWith("Độ mạnh: mạnh.");
    }

    /** An account whose password an administrator has just reset: its holder got a temporary one. */
    @BeforeAll
    static void createResetAccount(@Autowired AccountService accounts, @Autowired UserDetailsService users) {
        Users.run(users, "admin", () -> {
            Account account = accounts.createStaffAccount("matkhau-tamthoi", "Người nhận mật khẩu tạm", "MatKhauBanDau-2026");
            temporaryPassword = accounts.resetPassword(account.getId());
        });
    }

    static String temporaryPassword;

    @Test
    @WithUserDetails("matkhau-tamthoi")
    void aTemporaryPasswordMustBeReplacedBeforeAnythingElse() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .contains("Đồng chí đang dùng mật khẩu tạm thời do người khác cấp. Hãy đặt mật khẩu của riêng mình trước khi tiếp tục.");
        com.vaadin.flow.component.UI.getCurrent().navigate("doi-mat-khau");

        ChangePasswordView view = (ChangePasswordView) getCurrentView();
        var fields = find(PasswordField.class, view).all();
        test(fields.get(0)).setValue(temporaryPassword);
        test(fields.get(1)).setValue("MatKhauRiengCuaToi-2026");
        test(fields.get(2)).setValue("MatKhauRiengCuaToi-2026");
        test(find(Button.class, view).withText("Đổi mật khẩu").single()).click();

        com.vaadin.flow.component.UI.getCurrent().navigate("ho-so-cua-toi");
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithUserDetails("admin")
    void adminSeesEveryAccountWithItsGrants() {
        AccountsView view = navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<Account> grid = find(Grid.class, view).single();
        var usernames = test(grid).size() > 0
                ? java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).getUsername())
                        .toList()
                : java.util.List.<String>of();
        assertThat(usernames).contains("admin", "bientap", "xuatban", "bithu", "dangvien", "quanchung");
        int bithu = usernames.indexOf("bithu");
        assertThat(test(grid).getCellText(bithu, 1)).contains("Bí thư, cấp uỷ (Đảng bộ Trường Trung học phổ thông Hoà An)");
    }
}
