package vn.renluyen.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.renluyen.PortalIntegrationTest;

/** Health, metrics and the bill of materials for ADMIN only, the public probes saying no more than UP, and the security headers. */
@PortalIntegrationTest
class ActuatorAndHeadersIT {

    private static final String PASSWORD = "RenLuyen@2026";

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void probesArePublicAndSayOnlyTheirStatus() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void healthDetailsAndMetricsAreForAdminOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health").with(httpBasic("dangvien", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").with(httpBasic("bithu", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.searchIndex.status").value("UP"))
                .andExpect(jsonPath("$.components.searchIndex.details.documents").value(greaterThan(0)));
        mvc.perform(get("/actuator/metrics").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
    }

    /** ASVS 14.2.1: what the portal runs with, for a vulnerability scanner; test libraries are not in it. */
    @Test
    void theBillOfMaterialsListsTheLibrariesThePortalRunsWithForAdminOnly() throws Exception {
        mvc.perform(get("/actuator/sbom/application")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/sbom/application").with(httpBasic("dangvien", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/sbom/application").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.bomFormat").value("CycloneDX"))
                .andExpect(jsonPath("$.components[?(@.name == 'hibernate-core')].version")
                        .value(org.hibernate.Version.getVersionString()))
                .andExpect(jsonPath("$.components[?(@.name == 'spring-boot')].version")
                        .value(org.springframework.boot.SpringBootVersion.getVersion()))
                .andExpect(jsonPath("$.components[?(@.name == 'selenium-java')]").isEmpty())
                .andExpect(jsonPath("$.components[?(@.name == 'junit-jupiter-api')]").isEmpty());
    }

    @Test
    void pagesCarryTheSecurityHeadersAndHstsOnlyOverTls() throws Exception {
        mvc.perform(get("/api/search").param("q", "đảng viên")).andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(header().doesNotExist("Pragma"));
        mvc.perform(get("/api/search").param("q", "đảng viên").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }
}
