package vn.renluyen.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.security.ui.LoginView;

/**
 * Every member page for every kind of user, typed into the address bar: what they get is written out per
 * page, so a change of access shows as a diff. Record ids: one of the secretary's branch (the member
 * "dangvien"), one of another branch (the village cell).
 */
@PortalIntegrationTest
class MemberViewsAccessIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymous() {
        assertThat(outcomes()).containsExactlyEntriesOf(expected("login", "login", "login", "login", "login", "login",
                "login", "login", "login", "login", "login", "login"));
    }

    @Test
    @WithUserDetails("quanchung")
    void candidate() {
        assertThat(outcomes()).containsExactlyEntriesOf(expected("denied", "denied", "denied", "denied", "denied",
                "denied", "denied", "ok", "denied", "denied", "denied", "denied"));
    }

    @Test
    @WithUserDetails("dangvien")
    void member() {
        assertThat(outcomes()).containsExactlyEntriesOf(expected("denied", "denied", "denied", "denied", "denied",
                "denied", "denied", "ok", "denied", "denied", "denied", "denied"));
    }

    @Test
    @WithUserDetails("bientap")
    void editor() {
        assertThat(outcomes()).containsExactlyEntriesOf(expected("denied", "denied", "denied", "denied", "denied",
                "denied", "denied", "denied", "denied", "denied", "denied", "denied"));
    }

    @Test
    @WithUserDetails("xuatban")
    void publisher() {
        assertThat(outcomes()).containsExactlyEntriesOf(expected("denied", "denied", "denied", "denied", "denied",
                "denied", "denied", "denied", "denied", "denied", "denied", "denied"));
    }

    @Test
    @WithUserDetails("bithu")
    void secretary() {
        assertThat(outcomes()).containsExactlyEntriesOf(expected("ok", "ok", "ok", "ok", "not found", "ok", "ok", "ok", "ok",
                "ok", "not found", "ok"));
    }

    @Test
    @WithUserDetails("admin")
    void admin() {
        assertThat(outcomes()).containsExactlyEntriesOf(expected("ok", "ok", "ok", "ok", "ok", "ok", "ok", "denied", "ok", "ok",
                "ok", "ok"));
    }

    private Map<String, String> expected(String... answers) {
        String[] pages = routes().keySet().toArray(String[]::new);
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < pages.length; i++) {
            expected.put(pages[i], answers[i]);
        }
        return expected;
    }

    private Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("overview", "chi-bo/tong-quan");
        routes.put("organizations", "quan-tri/to-chuc");
        routes.put("member list", "chi-bo/dang-vien");
        routes.put("record, own branch", "chi-bo/dang-vien/" + memberOf("dangvien"));
        routes.put("record, other branch", "chi-bo/dang-vien/"
                + jdbc.queryForObject("select id from member where given_name = 'Khoa'", Long.class));
        routes.put("import", "chi-bo/dang-vien/nhap");
        routes.put("ratings", "chi-bo/danh-gia");
        routes.put("own record", "ho-so-cua-toi");
        routes.put("admission", "chi-bo/ket-nap");
        routes.put("candidate file, own branch", "chi-bo/ket-nap/" + memberOf("quanchung"));
        routes.put("candidate file, other branch", "chi-bo/ket-nap/"
                + jdbc.queryForObject("select id from member where given_name = 'Tùng'", Long.class));
        routes.put("probation", "chi-bo/du-bi");
        return routes;
    }

    private Map<String, String> outcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        routes().forEach((page, route) -> outcomes.put(page, outcome(route)));
        return outcomes;
    }

    private String outcome(String route) {
        UI.getCurrent().navigate(route);
        com.vaadin.flow.component.HasElement view = getCurrentView();
        if (view instanceof LoginView) {
            return "login";
        }
        String heading = find(H1.class).all().stream().map(H1::getText).findFirst().orElse("");
        if (heading.equals("Không có quyền truy cập")) {
            return "denied";
        }
        return heading.equals("Không tìm thấy trang") ? "not found" : "ok";
    }

    private long memberOf(String username) {
        return jdbc.queryForObject("select member_id from account where username = ?", Long.class, username);
    }
}
