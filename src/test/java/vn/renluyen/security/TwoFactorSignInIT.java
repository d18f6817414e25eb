package vn.renluyen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.TwoFactorCodes;
import vn.renluyen.Users;
import vn.renluyen.security.TwoFactorService.Outcome;

/**
 * The login form as the browser posts it: a right password of an account with two-factor sign-in
 * (or one whose roles require it) signs nobody in until the second factor is shown; the sign-in then
 * ends on a new session id. Each test uses accounts of its own.
 */
@PortalIntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class TwoFactorSignInIT {

    private static final String PASSWORD = "MatKhau-HaiBuoc-2026";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    SecurityNotices notices;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        // the portal's own servlet filters in front of Spring Security's, as Spring Boot registers them
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean(SessionAgeLimit.class))
                .apply(springSecurity()).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAccountWithoutTwoFactorSignsInWithItsPasswordOnANewSessionId() throws Exception {
        String editor = staff(Role.EDITOR);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        mvc.perform(login(editor, PASSWORD, session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));

        assertThat(session.getId()).as("session fixation: the id changes at login").isNotEqualTo(before);
        assertThat(signedIn(session)).isEqualTo(editor);
        assertThat(session.getMaxInactiveInterval()).as("the logged-in timeout").isEqualTo(30 * 60);
    }

    @Test
    void anAdministratorWithoutAnAuthenticatorMustEnrolBeforeAnythingIsOpen() throws Exception {
        String admin = staff(Role.ADMIN);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        mvc.perform(login(admin, PASSWORD, session)).andExpect(redirectedUrl("/xac-thuc-hai-buoc"));
        assertThat(signedIn(session)).as("nobody is signed in yet").isNull();
        assertThat(session.getId()).isNotEqualTo(before);
        mvc.perform(get("/actuator/health").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/xac-thuc-hai-buoc/hoan-tat").session(session)).andExpect(redirectedUrl("/dang-nhap"));
        assertThat(signedIn(session)).isNull();

        PendingSignIn pending = twoFactor.pending(session::getAttribute).orElseThrow();
        assertThat(pending.enrolled()).isFalse();
        TwoFactorService.Enrolment enrolment = twoFactor.newEnrolment(admin);
        String secret = enrolment.secret();
        List<String> recoveryCodes = twoFactor.enrol(pending, enrolment,
                TwoFactorCodes.at(secret, clock.instant()), session::setAttribute);
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"));
        String pendingId = session.getId();

        // Back to the page first asked for, refused while the sign-in was pending
        mvc.perform(get("/xac-thuc-hai-buoc/hoan-tat").session(session))
                .andExpect(redirectedUrl("http://localhost/actuator/health?continue"));
        assertThat(signedIn(session)).isEqualTo(admin);
        assertThat(session.getId()).as("a new id again when the sign-in ends").isNotEqualTo(pendingId);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
        mvc.perform(get("/actuator/health").session(session)).andExpect(status().isOk());

        // The next sign-in asks for a code, and the enrolment's code cannot be used again
        MockHttpSession next = new MockHttpSession();
        mvc.perform(login(admin, PASSWORD, next)).andExpect(redirectedUrl("/xac-thuc-hai-buoc"));
        PendingSignIn again = twoFactor.pending(next::getAttribute).orElseThrow();
        assertThat(again.enrolled()).isTrue();
        assertThat(twoFactor.verify(again, TwoFactorCodes.at(secret, clock.instant()), next::setAttribute))
                .as("replay of an accepted code").isEqualTo(Outcome.WRONG);
        clock.advance(Duration.ofSeconds(30));
        assertThat(twoFactor.verify(again, TwoFactorCodes.at(secret, clock.instant()), next::setAttribute))
                .isEqualTo(Outcome.ACCEPTED);
        mvc.perform(get("/xac-thuc-hai-buoc/hoan-tat").session(next)).andExpect(redirectedUrl("/"));
        assertThat(signedIn(next)).isEqualTo(admin);
    }

    /** ASVS 2.8.5: a code used again is refused, logged as such, and the holder is told at their next sign-in. */
    @Test
    void aCodeUsedAgainIsLoggedAndTheHolderIsTold(CapturedOutput output) throws Exception {
        String editor = staff(Role.EDITOR);
        TwoFactorService.Enrolment enrolment = twoFactor.newEnrolment(editor);
        String used = TwoFactorCodes.at(enrolment.secret(), clock.instant());
        Users.as(users, editor, () -> twoFactor.enrolCurrentUser(enrolment, used));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(login(editor, PASSWORD, session)).andExpect(redirectedUrl("/xac-thuc-hai-buoc"));
        PendingSignIn pending = twoFactor.pending(session::getAttribute).orElseThrow();

        assertThat(twoFactor.verify(pending, "000000".equals(used) ? "111111" : "000000", session::setAttribute))
                .isEqualTo(Outcome.WRONG);
        assertThat(output.getAll()).contains("second factor refused user=" + editor)
                .doesNotContain("code already used user=" + editor);
        assertThat(twoFactor.verify(pending, used, session::setAttribute)).isEqualTo(Outcome.WRONG);
        assertThat(output.getAll()).contains("second factor refused: code already used user=" + editor);

        List<String> told = Users.as(users, editor, () -> notices.unseenOfCurrentUser(clock.instant()).stream()
                .map(SecurityNotices.Notice::action).toList());
        assertThat(told).contains("account.twoFactorCodeReused");
    }

    @Test
    void eachRecoveryCodeSignsInOnce() throws Exception {
        String editor = staff(Role.EDITOR);
        TwoFactorService.Enrolment enrolment = twoFactor.newEnrolment(editor);
        List<String> codes = Users.as(users, editor,
                () -> twoFactor.enrolCurrentUser(enrolment, TwoFactorCodes.at(enrolment.secret(), clock.instant())));

        MockHttpSession first = new MockHttpSession();
        mvc.perform(login(editor, PASSWORD, first)).andExpect(redirectedUrl("/xac-thuc-hai-buoc"));
        PendingSignIn pending = twoFactor.pending(first::getAttribute).orElseThrow();
        assertThat(twoFactor.verify(pending, codes.get(3).toLowerCase().replace("-", " "), first::setAttribute))
                .as("typed in lower case with a space").isEqualTo(Outcome.ACCEPTED);
        mvc.perform(get("/xac-thuc-hai-buoc/hoan-tat").session(first)).andExpect(redirectedUrl("/"));
        assertThat(signedIn(first)).isEqualTo(editor);

        MockHttpSession second = new MockHttpSession();
        mvc.perform(login(editor, PASSWORD, second)).andExpect(redirectedUrl("/xac-thuc-hai-buoc"));
        PendingSignIn again = twoFactor.pending(second::getAttribute).orElseThrow();
        assertThat(twoFactor.verify(again, codes.get(3), second::setAttribute)).isEqualTo(Outcome.WRONG);
        assertThat(twoFactor.verify(again, codes.get(4), second::setAttribute)).isEqualTo(Outcome.ACCEPTED);
        assertThat(Users.as(users, editor, () -> twoFactor.statusOfCurrentUser().recoveryCodesLeft())).isEqualTo(8);
    }

    @Test
    void guessingCodesIsThrottledLikePasswordsAndAnotherPasswordLoginDoesNotResetIt() throws Exception {
        String secretaryLike = staff(Role.ADMIN);
        enrolled(secretaryLike);
        clock.advance(Duration.ofSeconds(30));

        for (int attempt = 0; attempt < 5; attempt++) {
            MockHttpSession session = new MockHttpSession();
            mvc.perform(login(secretaryLike, PASSWORD, session)).andExpect(redirectedUrl("/xac-thuc-hai-buoc"));
            PendingSignIn pending = twoFactor.pending(session::getAttribute).orElseThrow();
            assertThat(twoFactor.verify(pending, "000000", session::setAttribute)).isEqualTo(Outcome.WRONG);
        }
        MockHttpSession refused = new MockHttpSession();
        mvc.perform(login(secretaryLike, PASSWORD, refused)).andExpect(redirectedUrl("/dang-nhap?error"));
        assertThat(twoFactor.pending(refused::getAttribute)).isEmpty();
        assertThat(signedIn(refused)).isNull();
    }

    @Test
    void aPendingSignInGoesStaleAndAResetSendsTheAccountBackToEnrolment() throws Exception {
        String admin = staff(Role.ADMIN);
        enrolled(admin);

        MockHttpSession session = new MockHttpSession();
        mvc.perform(login(admin, PASSWORD, session)).andExpect(redirectedUrl("/xac-thuc-hai-buoc"));
        clock.advance(Duration.ofMinutes(11));
        assertThat(twoFactor.pending(session::getAttribute)).as("stale after ten minutes").isEmpty();
        mvc.perform(get("/xac-thuc-hai-buoc/hoan-tat").session(session)).andExpect(redirectedUrl("/dang-nhap"));

        long accountId = Users.as(users, "admin", () -> accounts.allAccounts().stream()
                .filter(a -> a.getUsername().equals(admin)).findFirst().orElseThrow().getId());
        Users.run(users, "admin", () -> accounts.resetTwoFactor(accountId));
        MockHttpSession afterReset = new MockHttpSession();
        mvc.perform(login(admin, PASSWORD, afterReset)).andExpect(redirectedUrl("/xac-thuc-hai-buoc"));
        assertThat(twoFactor.pending(afterReset::getAttribute).orElseThrow().enrolled()).isFalse();
    }

    @Test
    void theRequiredRolesCannotTurnItOffOthersCan() {
        String admin = staff(Role.ADMIN);
        String editor = staff(Role.EDITOR);
        enrolled(admin);
        enrolled(editor);
        clock.advance(Duration.ofSeconds(30));
        Users.run(users, admin, () -> {
            AccountProblem problem = org.junit.jupiter.api.Assertions.assertThrows(AccountProblem.class,
                    () -> twoFactor.disableOwn("123456"));
            assertThat(problem.messageKey()).isEqualTo("twoFactor.error.required");
        });
        Users.run(users, editor, () -> {
            AccountProblem wrong = org.junit.jupiter.api.Assertions.assertThrows(AccountProblem.class,
                    () -> twoFactor.disableOwn("000000"));
            assertThat(wrong.messageKey()).isEqualTo("twoFactor.error.codeWrong");
        });
    }

    @Test
    void signInDecisionsAreLoggedWithoutPasswordsOrCodesAndCraftedNamesCannotForgeLines(CapturedOutput output)
            throws Exception {
        String editor = staff(Role.EDITOR);
        mvc.perform(login(editor, "Sai-MatKhau-Bi-Mat", new MockHttpSession())).andExpect(redirectedUrl("/dang-nhap?error"));
        mvc.perform(login("ke-gia\nsigned in user=admin", "x", new MockHttpSession()));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(login(editor, PASSWORD, session)).andExpect(redirectedUrl("/"));

        assertThat(output.getOut()).contains("sign-in refused: wrong name or password user=" + editor)
                .contains("signed in user=" + editor)
                .contains("user=ke-gia?signed in user=admin")
                .doesNotContain("Sai-MatKhau-Bi-Mat").doesNotContain(PASSWORD);
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        String editor = staff(Role.EDITOR);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(login(editor, PASSWORD, session)).andExpect(redirectedUrl("/"));
        assertThat(signedIn(session)).isEqualTo(editor);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSignInEndsAfterTwelveHoursHoweverActive() throws Exception {
        String admin = staff(Role.ADMIN);
        String secret = enrolled(admin);
        clock.advance(Duration.ofSeconds(30));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(login(admin, PASSWORD, session));
        twoFactor.verify(twoFactor.pending(session::getAttribute).orElseThrow(),
                TwoFactorCodes.at(secret, clock.instant()), session::setAttribute);
        mvc.perform(get("/xac-thuc-hai-buoc/hoan-tat").session(session)).andExpect(redirectedUrl("/"));

        for (int hour = 0; hour < 11; hour++) {
            clock.advance(Duration.ofHours(1));
            mvc.perform(get("/actuator/health").session(session)).andExpect(status().isOk());
        }
        clock.advance(Duration.ofMinutes(61));
        mvc.perform(get("/actuator/health").session(session)).andExpect(status().isUnauthorized());
        assertThat(session.isInvalid()).isTrue();
    }

    /** The account has set up its authenticator app; returns the app's secret. */
    private String enrolled(String username) {
        TwoFactorService.Enrolment enrolment = twoFactor.newEnrolment(username);
        Users.run(users, username,
                () -> twoFactor.enrolCurrentUser(enrolment, TwoFactorCodes.at(enrolment.secret(), clock.instant())));
        return enrolment.secret();
    }

    private String staff(Role role) {
        String username = "hb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Users.run(users, "admin", () -> {
            long id = accounts.createStaffAccount(username, "Tài khoản thử hai bước", PASSWORD).getId();
            accounts.grant(id, role, null);
        });
        return username;
    }

    private static org.springframework.test.web.servlet.RequestBuilder login(String username, String password,
            MockHttpSession session) {
        return post("/dang-nhap").param("username", username).param("password", password).session(session).with(csrf());
    }

    private static String signedIn(MockHttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                ? security.getAuthentication().getName() : null;
    }
}
