package vn.renluyen.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.base.AuditEntry;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.PortalI18nProvider;
import vn.renluyen.completion.Learners.Learner;

/** /api/certificates/{code} as an anonymous verifier calls it, and revocation by the holder's secretary chain. */
@PortalIntegrationTest
class CertificateApiIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    Confirmations confirmations;
    @Autowired
    CompletionConfirmationRepository rows;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PortalI18nProvider translations;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    MockMvc mvc;
    Learners learners;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        learners = new Learners(applicationContext);
    }

    @Test
    void aValidCodeGetsTheDocumentedShape() throws Exception {
        Learner learner = learners.create("Lê Thị Mỹ", "Duyên", Learners.TEACHERS);
        String code = learners.confirmed(learner);
        CompletionConfirmation row = rows.findByCode(code).orElseThrow();
        mvc.perform(get("/api/certificates/{code}", code))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.holderName").value("Lê Thị Mỹ Duyên"))
                .andExpect(jsonPath("$.course").value(row.getCourseTitle()))
                .andExpect(jsonPath("$.completedOn").value(
                        LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh")).toString()))
                .andExpect(jsonPath("$.contentVersion").value(row.getContentVersion()))
                .andExpect(jsonPath("$.issuedBy").value("Cổng RènLuyện · Chi bộ Giáo viên"))
                .andExpect(jsonPath("$.accountId").doesNotExist())
                .andExpect(jsonPath("$.memberId").doesNotExist());
        // A code typed in lower case, without dashes, still verifies.
        mvc.perform(get("/api/certificates/{code}", code.toLowerCase().replace("-", "")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void unknownAndMalformedCodesGetProblemJson() throws Exception {
        for (String code : new String[] {"RL-0000-0000-0000", "không-phải-mã", "RL-UUUU-UUUU-UUUU", "x".repeat(300)}) {
            mvc.perform(get("/api/certificates/{code}", code))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("Không tìm thấy xác nhận"))
                    .andExpect(jsonPath("$.detail").isString())
                    .andExpect(jsonPath("$.trace").doesNotExist());
        }
    }

    @Test
    void theHoldersSecretaryRevokesWithAReasonAndTheCodeStopsVerifying() throws Exception {
        Learner learner = learners.create("Đinh Công", "Tuấn", Learners.TEACHERS);
        String code = learners.confirmed(learner);

        assertThatThrownBy(() -> Users.run(users, "bithu", () -> confirmations.revoke(code, "   ")))
                .isInstanceOf(CompletionProblem.class)
                .satisfies(e -> assertThat(translations.getTranslation(((CompletionProblem) e).messageKey(),
                        PortalI18nProvider.VIETNAMESE)).isEqualTo("Cần ghi lý do thu hồi."));
        mvc.perform(get("/api/certificates/{code}", code)).andExpect(status().isOk());

        Users.run(users, "bithu", () -> confirmations.revoke(code, "Cấp nhầm: học viên nhờ người khác làm bài."));
        mvc.perform(get("/api/certificates/{code}", code))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(confirmations.check(code)).isInstanceOf(ConfirmationCheck.Revoked.class);

        CompletionConfirmation row = rows.findByCode(code).orElseThrow();
        assertThat(row.getRevokedBy()).isEqualTo("bithu");
        assertThat(auditLog.historyOf(Confirmations.AUDIT_TYPE, row.getId())).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("completion.revoked");
            assertThat(entry.getActor()).isEqualTo("bithu");
            assertThat(entry.getBefore()).contains("hợp lệ");
            assertThat(entry.getAfter()).contains("Cấp nhầm: học viên nhờ người khác làm bài.");
        });
    }

    @Test
    void aSecretaryOfAnotherBranchAndTheHolderMayNotRevoke() throws Exception {
        Learner learner = learners.create("Mai Xuân", "Trường", Learners.TEACHERS);
        String code = learners.confirmed(learner);
        String villageSecretary = learners.secretaryOf(Learners.VILLAGE);

        assertThatThrownBy(() -> Users.run(users, villageSecretary, () -> confirmations.revoke(code,
                "Không thuộc phạm vi phụ trách."))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, learner.username(), () -> confirmations.revoke(code,
                "Tự thu hồi."))).isInstanceOf(AccessDeniedException.class);
        assertThat(Users.as(users, villageSecretary, () -> confirmations.inScope(null)))
                .noneMatch(c -> c.getCode().equals(code));
        assertThat(Users.as(users, "bithu", () -> confirmations.inScope(null))).anyMatch(c -> c.getCode().equals(code));
        mvc.perform(get("/api/certificates/{code}", code)).andExpect(status().isOk());

        Users.run(users, "admin", () -> confirmations.revoke(code, "Quản trị viên thu hồi theo đề nghị của chi bộ."));
        mvc.perform(get("/api/certificates/{code}", code)).andExpect(status().isNotFound());
    }
}
