package vn.renluyen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Journey 1: an anonymous visitor opens the home page, searches "dang vien" without diacritics in the header's
 * search box, opens a story (gương sáng) from the results, then a lesson. Also at 375 × 812.
 */
@Tag("browser")
class AnonymousJourneyIT {

    @Test
    void homeSearchStoryLesson() throws Exception {
        Browser.run(Browser.desktop("1-anonymous"), AnonymousJourneyIT::journey);
    }

    @Test
    void homeSearchStoryLessonOnAPhone() throws Exception {
        Browser.run(Browser.phone("1-anonymous"), AnonymousJourneyIT::journey);
    }

    static void journey(Browser browser) {
        browser.open("/");
        browser.assertText("Học tập, rèn luyện, phấn đấu", "Đăng nhập");
        assertThat(browser.driver().getTitle()).startsWith("RènLuyện");
        browser.step("trang-chu");

        WebElement search = browser.find("vaadin-combo-box.header-search input");
        search.click();
        search.sendKeys("dang vien");
        browser.waitForVaadin();
        browser.step("go-tu-khoa");
        search.sendKeys(Keys.ENTER);
        browser.waitUntil("the results page", () -> browser.path().startsWith("/tim-kiem"));
        browser.assertText("kết quả cho „dang vien”");
        assertThat(browser.findAll(".search-hit")).isNotEmpty();
        // folded matching: the hits carry the diacritics the query left out
        assertThat(browser.find(".search-results").getText()).containsIgnoringCase("đảng viên");
        browser.step("ket-qua-tim-kiem");
        String results = browser.path();

        browser.click(browser.withText("a.search-facet", "Gương sáng"));
        browser.waitUntil("the stories facet", () -> browser.path().contains("type=story"));
        WebElement story = browser.find(".search-hit .search-hit-title");
        String storyTitle = story.getText().trim();
        browser.step("loc-guong-sang");
        browser.click(story);
        browser.waitUntil("the story page", () -> browser.path().startsWith("/guong-sang/"));
        browser.waitUntil("the story's title", () -> browser.findAll(".story-page h1").stream()
                .anyMatch(h -> h.getText().trim().equals(storyTitle)));
        browser.assertAtTop(".story-page h1");
        assertThat(browser.find(".story-page .prose").getText()).hasSizeGreaterThan(200);
        browser.step("guong-sang");

        browser.open(results);
        browser.assertText("kết quả cho „dang vien”");
        browser.click(browser.withText("a.search-facet", "Bài học"));
        browser.waitUntil("the lessons facet", () -> browser.path().contains("type=module"));
        WebElement lesson = browser.find(".search-hit .search-hit-title");
        String lessonTitle = lesson.getText().trim();
        browser.step("loc-bai-hoc");
        browser.click(lesson);
        browser.waitUntil("the lesson page", () -> browser.path().startsWith("/khoa-hoc/"));
        browser.waitUntil("the lesson's title", () -> browser.findAll(".lesson-page h1").stream()
                .anyMatch(h -> h.getText().trim().equals(lessonTitle)));
        browser.assertAtTop(".lesson-page h1");
        browser.assertText("Mục lục", "Đăng nhập để cổng ghi nhận tiến độ học tập của bạn.");
        assertThat(browser.find(".lesson-page .prose").getText()).hasSizeGreaterThan(500);
        browser.step("bai-hoc");
    }
}
