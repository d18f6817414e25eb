package vn.renluyen.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.TwoFactorCodes;
import vn.renluyen.Users;
import vn.renluyen.security.Account;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.PendingSignIn;
import vn.renluyen.security.Role;
import vn.renluyen.security.TwoFactorService;

/** The second sign-in step and the account security page, as a person sees and uses them. */
@PortalIntegrationTest
class TwoFactorViewsIT extends SpringBrowserlessTest {

    private static final String PASSWORD = "MatKhau-HaiBuoc-2026";

    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    TestClock clock;

    static long newAdmin;
    static long enrolledEditor;
    static String enrolledSecret;

    @BeforeAll
    static void accounts(@Autowired AccountService accounts, @Autowired UserDetailsService users,
            @Autowired TwoFactorService twoFactor, @Autowired TestClock clock) {
        Users.run(users, "admin", () -> {
            Account admin = accounts.createStaffAccount("quantri-moi", "Quản trị mới thử", PASSWORD);
            accounts.grant(admin.getId(), Role.ADMIN, null);
            newAdmin = admin.getId();
            Account editor = accounts.createStaffAccount("bientap-haibuoc", "Biên tập hai bước thử", PASSWORD);
            accounts.grant(editor.getId(), Role.EDITOR, null);
            enrolledEditor = editor.getId();
            accounts.createStaffAccount("thanhvien-haibuoc", "Người dùng hai bước thử", PASSWORD);
        });
        Users.run(users, "bientap-haibuoc", () -> {
            TwoFactorService.Enrolment enrolment = twoFactor.newEnrolmentForCurrentUser();
            enrolledSecret = enrolment.secret();
            twoFactor.enrolCurrentUser(enrolment, TwoFactorCodes.at(enrolledSecret, clock.instant()));
        });
        clock.advance(Duration.ofSeconds(30));
    }

    @AfterEach
    void clear() {
        VaadinSession.getCurrent().getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
    }

    @Test
    void withoutAPendingSignInThePageSendsToTheLoginPage() {
        com.vaadin.flow.component.UI.getCurrent().navigate(SecondFactorView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void anAdministratorEnrolsWithTheQrCodeAndGetsTenRecoveryCodes() {
        pending(newAdmin, "quantri-moi", false);
        SecondFactorView view = navigate(SecondFactorView.class);
        assertThat(find(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("cần bật xác thực hai bước trước khi sử dụng"));
        Image qr = find(Image.class, view).single();
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("Mã QR"));
        String secret = find(Span.class, view).withClassName("enrolment-secret").single().getText().replace(" ", "");

        TextField code = find(TextField.class, view).single();
        test(code).setValue("000000");
        test(find(Button.class, view).withText("Bật xác thực hai bước").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("Mã không đúng");

        test(code).setValue(TwoFactorCodes.at(secret, clock.instant()));
        test(find(Button.class, view).withText("Bật xác thực hai bước").single()).click();
        List<String> codes = find(ListItem.class, view).all().stream().map(ListItem::getText)
                .filter(t -> t.matches("[2-9A-Z]{5}-[2-9A-Z]{5}")).toList();
        assertThat(codes).hasSize(10);
        assertThat(find(Button.class, view).withText("Tôi đã lưu các mã, tiếp tục").all()).hasSize(1);
        assertThat(twoFactor.pending(VaadinSession.getCurrent().getSession()::getAttribute).orElseThrow().verified())
                .as("ready for the completion step").isTrue();
        assertThat(twoFactor.isEnabled(newAdmin)).isTrue();
    }

    @Test
    void anEnrolledAccountTypesTheCodeFromItsApp() {
        pending(enrolledEditor, "bientap-haibuoc", true);
        SecondFactorView view = navigate(SecondFactorView.class);
        TextField code = find(TextField.class, view).single();
        assertThat(code.getLabel()).isEqualTo("Mã xác thực");
        assertThat(code.getHelperText()).contains("mã khôi phục");

        test(code).setValue("123456");
        test(find(Button.class, view).withText("Xác nhận").single()).click();
        assertThat(code.getErrorMessage()).startsWith("Mã không đúng");
        assertThat(twoFactor.pending(VaadinSession.getCurrent().getSession()::getAttribute).orElseThrow().verified()).isFalse();

        test(code).setValue(TwoFactorCodes.at(enrolledSecret, clock.instant()));
        test(find(Button.class, view).withText("Xác nhận").single()).click();
        assertThat(twoFactor.pending(VaadinSession.getCurrent().getSession()::getAttribute).orElseThrow().verified()).isTrue();
    }

    @Test
    @WithUserDetails("thanhvien-haibuoc")
    void anyoneMayTurnItOnAndOffOnTheAccountSecurityPage() {
        AccountSecurityView view = navigate(AccountSecurityView.class);
        assertThat(find(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Xác thực hai bước đang tắt"));
        test(find(Button.class, view).withText("Bật xác thực hai bước").single()).click();
        String secret = find(Span.class, view).withClassName("enrolment-secret").single().getText().replace(" ", "");
        test(find(TextField.class, view).single()).setValue(TwoFactorCodes.at(secret, clock.instant()));
        test(find(Button.class, view).withText("Bật xác thực hai bước").single()).click();
        test(find(Button.class, view).withText("Xong").single()).click();
        assertThat(find(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Xác thực hai bước đã bật từ") && t.contains("Còn 10 mã khôi phục"));

        clock.advance(Duration.ofSeconds(30));
        test(find(TextField.class, view).single()).setValue(TwoFactorCodes.at(secret, clock.instant()));
        test(find(Button.class, view).withText("Tắt xác thực hai bước").single()).click();
        assertThat(find(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Xác thực hai bước đang tắt"));
    }

    @Test
    @WithUserDetails("bithu")
    void aSecretaryCannotTurnItOff() {
        AccountSecurityView view = navigate(AccountSecurityView.class);
        assertThat(find(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .contains("Với quyền quản trị hoặc quyền bí thư, xác thực hai bước là bắt buộc.")
                .anyMatch(t -> t.startsWith("Xác thực hai bước đã bật từ"));
        assertThat(find(Button.class, view).withText("Tắt xác thực hai bước").all()).isEmpty();
        assertThat(find(Button.class, view).withText("Tạo mã khôi phục mới").all()).hasSize(1);
    }

    private void pending(long accountId, String username, boolean enrolled) {
        VaadinSession.getCurrent().getSession().setAttribute(PendingSignIn.ATTRIBUTE,
                new PendingSignIn(accountId, username, enrolled, clock.instant(), false));
    }
}
