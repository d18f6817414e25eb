package vn.renluyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import vn.renluyen.TestDatabase;
import vn.renluyen.Users;
import vn.renluyen.bench.Visitor;

/**
 * A person's signed-in sessions (ASVS 3.3.3, 3.3.4), over real HTTP (Tomcat's sessions, the login form, Vaadin's
 * requests): each sign-in is listed on the security page, the one in use marked; ending the others signs those
 * browsers out and leaves this one and other people's sessions alone; a password change ends the others; a
 * disabled account is signed out everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"portal.demo-data=true",
        "spring.datasource.hikari.maximum-pool-size=4", "portal.publishing.scheduler.enabled=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("own-context")
class SignedInSessionsIT {

    private static final String PASSWORD = "RenLuyen@2026";
    private static final String SECURITY_PAGE = "/bao-mat";

    @LocalServerPort
    int port;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;

    @Test
    void ownSessionsAreListedAndTheOthersCanBeEnded() throws Exception {
        Visitor phone = signedIn("dangvien");
        Visitor laptop = signedIn("dangvien");
        Visitor office = signedIn("dangvien");
        Visitor editor = signedIn("bientap");
        long member = accountId("dangvien");
        long staff = accountId("bientap");

        List<SignedInSessions.SignedInSession> listed = sessions.of(member, phone.session());
        assertThat(listed).hasSize(3);
        assertThat(listed.getFirst().current()).isTrue();
        assertThat(listed.stream().filter(SignedInSessions.SignedInSession::current)).hasSize(1);
        assertThat(listed).allSatisfy(session -> assertThat(session.signedInAt()).isNotNull());
        assertThat(sessions.of(staff, editor.session())).hasSize(1);

        String page = phone.load(SECURITY_PAGE);
        assertThat(page).contains("Phiên đăng nhập", "Phiên này", "Đăng xuất các phiên khác");

        assertThat(sessions.endOthers(member, phone.session())).isEqualTo(2);
        assertThat(sessions.of(member, phone.session())).hasSize(1);
        assertThat(signedOut(laptop)).as("the laptop is signed out").isTrue();
        assertThat(signedOut(office)).as("the office computer is signed out").isTrue();
        assertThat(signedOut(phone)).as("the phone, which ended them, is still signed in").isFalse();
        assertThat(signedOut(editor)).as("someone else's session is left alone").isFalse();
        assertThat(sessions.endOthers(member, null)).as("without the session in use nothing ends").isZero();
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndDisablingEndsAll() throws Exception {
        Visitor here = signedIn("quanchung");
        Visitor elsewhere = signedIn("quanchung");
        Users.run(users, "quanchung", () -> accounts.changeOwnPassword(PASSWORD, "MatKhauMoi@2026", here.session()));
        assertThat(signedOut(elsewhere)).isTrue();
        assertThat(signedOut(here)).isFalse();

        Visitor again = new Visitor("http://localhost:" + port);
        assertThat(again.signIn("quanchung", "MatKhauMoi@2026")).isTrue();
        long account = accountId("quanchung");
        assertThat(sessions.of(account, here.session())).hasSize(2);
        Users.run(users, "admin", () -> accounts.setEnabled(account, false));
        assertThat(sessions.of(account, here.session())).isEmpty();
        assertThat(signedOut(here)).isTrue();
        assertThat(signedOut(again)).isTrue();
    }

    private Visitor signedIn(String username) throws Exception {
        Visitor visitor = new Visitor("http://localhost:" + port);
        assertThat(visitor.signIn(username, PASSWORD)).as("%s signs in", username).isTrue();
        return visitor;
    }

    /** The security page is for signed-in people: a signed-out browser is sent to the login page. */
    private static boolean signedOut(Visitor visitor) throws Exception {
        int status = visitor.status(SECURITY_PAGE);
        assertThat(status).isIn(200, 302);
        return status == 302;
    }

    private long accountId(String username) {
        return ((PortalUser) users.loadUserByUsername(username)).accountId();
    }
}
