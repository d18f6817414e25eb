package vn.renluyen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * axe-core (the copy in {@code com.deque.html.axe-core:selenium}, injected into each page) on the portal's main
 * pages, anonymous and signed in: no violation of impact "serious" or "critical". Every finding, of any impact,
 * is written to {@code target/journeys/axe/violations.txt}.
 */
@Tag("browser")
class AccessibilityIT {

    static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/tim-kiem?q=dang+vien",
            "/khoa-hoc",
            "/khoa-hoc/boi-duong-nhan-thuc-ve-dang",
            "/khoa-hoc/boi-duong-nhan-thuc-ve-dang/khai-quat-lich-su-dang",
            "/guong-sang",
            "/guong-sang/bi-thu-chi-bo-doi-moi-sinh-hoat-thon-dong-lac",
            "/tin-tuc",
            "/tin-tuc/chi-bo-ven-bien-doi-moi-sinh-hoat-chuyen-de",
            "/cuoc-thi",
            "/xac-minh",
            "/dang-nhap");

    static final Map<String, List<String>> SIGNED_IN_PAGES = Map.of(
            "quanchung", List.of("/hoc-tap-cua-toi", "/ho-so-cua-toi",
                    "/khoa-hoc/boi-duong-nhan-thuc-ve-dang/khai-quat-lich-su-dang/kiem-tra"),
            "bithu", List.of("/chi-bo/tong-quan", "/chi-bo/dang-vien", "/chi-bo/ket-nap", "/chi-bo/danh-gia",
                    "/chi-bo/hoc-tap", "/chi-bo/bai-thu-hoach"),
            "bientap", List.of("/bien-tap"));

    @Test
    void mainPagesHaveNoSeriousViolations() throws Exception {
        List<String> serious = new ArrayList<>();
        List<String> all = new ArrayList<>();
        Browser.run(Browser.desktop("axe"), browser -> {
            for (String page : PUBLIC_PAGES) {
                check(browser, page, serious, all);
            }
            for (String user : List.of("quanchung", "bithu", "bientap")) {
                browser.signIn(user, Portal.PASSWORD);
                for (String page : SIGNED_IN_PAGES.get(user)) {
                    check(browser, page, serious, all);
                }
                browser.signOut();
            }
            Files.write(Path.of("target", "journeys", "axe", "violations.txt"), all);
        });
        assertThat(serious).as("serious or critical accessibility violations (axe-core)").isEmpty();
    }

    private static void check(Browser browser, String page, List<String> serious, List<String> all) {
        browser.open(page);
        browser.waitUntil("the page's heading", () -> !browser.findAll("h1, h2").isEmpty());
        browser.step(page.equals("/") ? "trang-chu" : page.substring(1).replaceAll("[^a-z0-9]+", "-"));
        serious.addAll(browser.seriousAccessibilityViolations());
        all.addAll(browser.accessibilityViolations());
    }
}
