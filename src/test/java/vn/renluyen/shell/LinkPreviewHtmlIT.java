package vn.renluyen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.renluyen.Application;
import vn.renluyen.TestDatabase;

/**
 * Link previewers read the first HTML response and run no script: the raw HTML of a public article,
 * profile and lesson must already carry its title, description and Open Graph tags. The page also carries the
 * portal's security headers, and its session cookie is HttpOnly, SameSite=Lax and (behind TLS) Secure.
 */
@Tag("own-context")
class LinkPreviewHtmlIT {

    @Test
    void publicPagesCarryOpenGraphTagsInTheirFirstHtml() throws IOException, InterruptedException {
        String database = "rl_preview_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestDatabase.Server server = TestDatabase.createDatabase(database);
        Path data = Files.createTempDirectory("rl-preview");
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + server.baseUrl() + database,
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(),
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--server.port=0",
                "--portal.data.dir=" + data,
                "--portal.public-url=https://renluyen.example",
                "--portal.demo-data=false",
                "--portal.search.rebuild-on-start=false",
                "--portal.publishing.scheduler.enabled=false")) {
            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
            Document article = get(port, "/tin-tuc/chi-bo-ven-bien-doi-moi-sinh-hoat-chuyen-de");
            assertThat(article.select("meta[property=og:title]").attr("content"))
                    .startsWith("Sinh hoạt chi bộ theo chuyên đề");
            assertThat(article.select("meta[property=og:type]").attr("content")).isEqualTo("article");
            assertThat(article.select("meta[property=og:url]").attr("content"))
                    .isEqualTo("https://renluyen.example/tin-tuc/chi-bo-ven-bien-doi-moi-sinh-hoat-chuyen-de");
            assertThat(article.select("meta[name=description]").attr("content")).startsWith("Một chi bộ thôn");
            assertThat(article.title()).endsWith("· RènLuyện");

            Document profile = get(port, "/guong-sang/bi-thu-chi-bo-doi-moi-sinh-hoat-thon-dong-lac");
            assertThat(profile.select("meta[property=og:title]").attr("content")).startsWith("Bí thư chi bộ thôn Đông Lạc");

            // Vaadin writes its bootstrap page past Spring Security's response wrapper; the headers must be there.
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'self'");
            assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(home.headers().firstValue("Cache-Control")).as("pages are never stored by caches").contains("no-store");
            HttpResponse<String> css = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/styles/portal.css")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");

            // The session cookie: never readable by scripts, not sent on cross-site requests, Secure behind TLS
            assertThat(sessionCookie(port, false)).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                    .doesNotContain("Secure");
            assertThat(sessionCookie(port, true)).contains("HttpOnly").contains("Secure");

            Document unknown = get(port, "/tin-tuc/khong-co-bai-nay");
            assertThat(unknown.select("meta[property=og:title]")).isEmpty();
        } finally {
            TestDatabase.dropDatabase(database);
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static String sessionCookie(int port, boolean behindTls) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dang-nhap"));
        if (behindTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    private static Document get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(response.body());
    }
}
