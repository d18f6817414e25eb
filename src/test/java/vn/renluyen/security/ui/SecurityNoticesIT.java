package vn.renluyen.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.Role;
import vn.renluyen.security.SecurityNotices;
import vn.renluyen.security.SecurityNotices.Notice;

/**
 * ASVS 2.2.3: a person learns of changes to their own password, second factor and grants at their next sign-in,
 * above every page until they mark it seen, and finds the history on their security page.
 */
@PortalIntegrationTest
class SecurityNoticesIT extends SpringBrowserlessTest {

    private static final String PASSWORD = "MatKhau-ThongBao-2026";

    @Autowired
    SecurityNotices notices;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    static long changedByAdmin;
    static long changedByAdminToo;

    @BeforeAll
    static void accounts(@Autowired AccountService accounts, @Autowired UserDetailsService users,
            @Autowired TestClock clock) {
        Users.run(users, "admin", () -> {
            changedByAdmin = accounts.createStaffAccount("thongbao-mot", "Thông báo một thử", PASSWORD).getId();
            changedByAdminToo = accounts.createStaffAccount("thongbao-hai", "Thông báo hai thử", PASSWORD).getId();
            accounts.createStaffAccount("thongbao-khong", "Không thông báo thử", PASSWORD);
            clock.advance(Duration.ofSeconds(1));
            for (long id : List.of(changedByAdmin, changedByAdminToo)) {
                accounts.grant(id, Role.EDITOR, null);
                accounts.resetTwoFactor(id);
            }
        });
        clock.advance(Duration.ofSeconds(1));
    }

    @Test
    @WithUserDetails("thongbao-mot")
    void changesMadeByAnAdministratorAreShownAboveThePageUntilMarkedSeen() {
        UI.getCurrent().navigate("");
        SecurityNoticeBanner banner = find(SecurityNoticeBanner.class).single();
        List<String> lines = find(ListItem.class, banner).all().stream().map(ListItem::getText).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Xác thực hai bước đã được đặt lại").endsWith("(do tài khoản admin thực hiện)");
        assertThat(lines.get(1)).contains("Tài khoản được cấp thêm quyền");
        assertThat(find(Paragraph.class, banner).single().getText()).contains("hãy đổi mật khẩu ngay");

        test(find(Button.class, banner).withText("Đã xem").single()).click();
        assertThat(find(SecurityNoticeBanner.class).all()).isEmpty();
        assertThat(notices.unseenOfCurrentUser(clock.instant())).isEmpty();
    }

    @Test
    @WithUserDetails("thongbao-hai")
    void aChangeAfterTheListWasTakenWaitsForTheNextSignInAndTheHistoryKeepsEverything() {
        UI.getCurrent().navigate("");
        SecurityNoticeBanner banner = find(SecurityNoticeBanner.class).single();
        clock.advance(Duration.ofSeconds(1));
        accounts.changeOwnPassword(PASSWORD, "MatKhau-ThongBao-Moi-2026", "phien-thu");
        clock.advance(Duration.ofSeconds(1));
        test(find(Button.class, banner).withText("Đã xem").single()).click();

        List<Notice> waiting = notices.unseenOfCurrentUser(clock.instant());
        assertThat(waiting).extracting(Notice::action).containsExactly("account.passwordChanged");
        assertThat(waiting.get(0).byOther()).as("the holder made it").isNull();

        navigate(AccountSecurityView.class);
        List<String> history = find(ListItem.class, find(SecurityChangesPanel.class).single()).all().stream()
                .map(ListItem::getText).toList();
        assertThat(history).hasSize(3);
        assertThat(history.get(0)).endsWith("Mật khẩu đã được đổi");
        assertThat(history.get(1)).contains("đặt lại").endsWith("(do tài khoản admin thực hiện)");
    }

    @Test
    @WithUserDetails("thongbao-khong")
    void nobodySeesTheChangesOfAnotherAccount() {
        UI.getCurrent().navigate("");
        assertThat(find(SecurityNoticeBanner.class).all()).isEmpty();
        assertThat(notices.recentOfCurrentUser()).isEmpty();
        AccountSecurityView page = navigate(AccountSecurityView.class);
        assertThat(find(Paragraph.class, page).all()).extracting(Paragraph::getText)
                .contains("Chưa có thay đổi nào về mật khẩu, xác thực hai bước hay quyền của tài khoản.");
    }

    @Test
    @WithUserDetails("xuatban")
    void theGrantsThatSetTheDemoAccountsUpAreNotAnnounced() {
        assertThat(notices.recentOfCurrentUser()).extracting(Notice::action).contains("account.grant");
        assertThat(notices.unseenOfCurrentUser(clock.instant())).extracting(Notice::action)
                .doesNotContain("account.grant");
    }
}
