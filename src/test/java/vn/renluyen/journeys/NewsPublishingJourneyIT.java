package vn.renluyen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Journey 3: the editor writes a news article with a cover image and sends it for review; the publisher
 * schedules it; before its time it is neither on the home page nor in the Atom feed, and at its time the
 * portal's own publishing scheduler (polling every 2 s in the journeys' portal, 30 s by default) puts it on
 * both. The schedule dialog takes minutes, so the time is the next whole minute at least 20 s away.
 */
@Tag("browser")
class NewsPublishingJourneyIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String TITLE = "Chi bộ Giáo viên ra mắt tủ sách lý luận chính trị";

    @Test
    void scheduledArticleAppearsAtItsTime() throws Exception {
        Browser.run(Browser.desktop("3-news"), browser -> {
            browser.signIn("bientap", Portal.PASSWORD);
            browser.open("/bien-tap");
            browser.clickButton("Viết bài mới");
            // the dialog's host element has no box of its own: its overlay draws it
            WebElement dialog = browser.waitUntil("the dialog", () -> browser.driver()
                    .findElements(By.cssSelector("vaadin-dialog[opened]")).stream().findFirst().orElse(null));
            browser.click(browser.withText("vaadin-dialog[opened] vaadin-radio-button", "Tin tức")
                    .findElement(By.cssSelector("label")));
            browser.type(browser.find(dialog, "vaadin-text-field"), TITLE);
            browser.step("bai-moi");
            browser.clickButton("Tạo bản nháp");
            browser.waitUntil("the editor", () -> browser.path().matches("/bien-tap/\\d+"));
            String editor = browser.path();

            browser.type("Tóm tắt", "Tủ sách gồm các văn kiện, giáo trình lý luận chính trị cho đảng viên và quần chúng ưu tú.");
            browser.type("Nội dung (Markdown)", """
                    ## Tủ sách ở phòng sinh hoạt chi bộ

                    Chi bộ Giáo viên vừa ra mắt **tủ sách lý luận chính trị** với hơn 200 đầu sách, \
                    đặt tại phòng sinh hoạt chung của trường.

                    - Văn kiện Đại hội Đảng toàn quốc
                    - Giáo trình bồi dưỡng nhận thức về Đảng
                    - Sách về tấm gương đạo đức Hồ Chí Minh
                    """);
            browser.clickButton("Lưu");
            browser.assertText("Đã lưu phiên bản");
            browser.step("soan-thao");

            browser.click(browser.withText("vaadin-tab", "Thông tin"));
            browser.assertText("Ảnh bìa");
            browser.upload(browser.find("vaadin-tabsheet vaadin-upload"), coverImage());
            browser.assertText("Đã lưu ảnh.");
            browser.waitUntil("the cover preview", () -> Boolean.TRUE.equals(browser.js(
                    "return [...document.querySelectorAll('vaadin-tabsheet img')].some(i => i.complete && i.naturalWidth > 0)")));
            browser.step("anh-bia");
            browser.clickButton("Gửi duyệt");
            browser.assertText("Đã gửi duyệt.");
            browser.step("da-gui-duyet");
            browser.signOut();

            browser.signIn("xuatban", Portal.PASSWORD);
            browser.open("/bien-tap");
            browser.click(browser.withText("vaadin-grid-cell-content", TITLE));
            browser.waitUntil("the editor", () -> browser.path().equals(editor));
            browser.clickButton("Hẹn giờ");
            WebElement picker = browser.find("vaadin-dialog[opened] vaadin-date-time-picker");
            // the next whole minute at least 20 s from now, in the portal's time zone
            ZonedDateTime at = ZonedDateTime.now(ZONE).plusSeconds(20).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            fill(browser, picker.findElement(By.cssSelector("vaadin-date-picker input")),
                    at.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            fill(browser, picker.findElement(By.cssSelector("vaadin-time-picker input")),
                    at.format(DateTimeFormatter.ofPattern("HH:mm")));
            browser.step("hen-gio");
            browser.clickButton("Hẹn giờ");
            browser.assertText("Đã hẹn xuất bản lúc");
            browser.step("da-hen-gio");
            browser.signOut();

            // Before its time: not on the home page, not in the feed.
            browser.open("/");
            browser.assertText("Học tập, rèn luyện, phấn đấu");
            if (Instant.now().isBefore(at.toInstant())) {
                assertThat(browser.pageText()).doesNotContain(TITLE);
                assertThat(feed(browser)).doesNotContain(TITLE);
                browser.step("truoc-gio-hen");
            }

            // At its time the scheduler publishes it; the visitor reloads the home page until it is there.
            new FluentWait<>(browser).withTimeout(Duration.between(Instant.now(), at.toInstant()).plusSeconds(45))
                    .pollingEvery(Duration.ofSeconds(2))
                    .withMessage("the article on the home page after " + at)
                    .until(b -> {
                        b.open("/");
                        return b.pageText().contains(TITLE);
                    });
            assertThat(Instant.now()).as("published no earlier than its time").isAfterOrEqualTo(at.toInstant());
            browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.withText("a", TITLE));
            browser.step("trang-chu-sau-gio-hen");
            assertThat(feed(browser)).contains("<title>" + TITLE + "</title>");

            browser.click(browser.withText("a", TITLE));
            browser.waitUntil("the article", () -> browser.path().startsWith("/tin-tuc/"));
            browser.assertText(TITLE, "Tủ sách ở phòng sinh hoạt chi bộ", "Giáo trình bồi dưỡng nhận thức về Đảng");
            browser.waitUntil("the cover image", () -> Boolean.TRUE.equals(browser.js(
                    "return [...document.querySelectorAll('img')].some(i => i.complete && i.naturalWidth >= 400)")));
            browser.step("bai-viet");
        });
    }

    private static void fill(Browser browser, WebElement input, String text) {
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.ENTER);
        browser.waitForVaadin();
    }

    private static String feed(Browser browser) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.portal().url("/feed/news.atom"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** A real 1200 × 675 PNG: a red banner with a line of text. */
    private static Path coverImage() throws IOException {
        BufferedImage image = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xB3, 0x26, 0x1E));
        g.fillRect(0, 0, 1200, 675);
        g.setColor(new Color(0xFF, 0xD5, 0x4F));
        g.fillOval(80, 180, 300, 300);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString("Tu sach ly luan", 440, 360);
        g.dispose();
        Path file = Files.createTempDirectory("rl-journey-image").resolve("tu-sach.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
