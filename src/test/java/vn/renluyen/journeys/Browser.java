package vn.renluyen.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (nothing is downloaded: Selenium Manager is
 * bypassed by naming both binaries), on the journeys' {@link Portal}. Waits are on what the page shows and on
 * Vaadin being idle, never on fixed sleeps. Every {@link #step} saves a screenshot as
 * {@code target/journeys/<journey>/NN-step.png}; on a phone-sized window each step also checks that nothing
 * sticks out sideways.
 */
final class Browser implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 812;

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Portal portal = Portal.get();
    private final ChromeDriver driver;
    private final Path shots;
    private final Path profile;
    private final Path downloads;
    private final boolean phone;
    private int step;

    private Browser(String journey, boolean phone) {
        this.phone = phone;
        this.shots = Path.of("target", "journeys", journey);
        try {
            FileSystemUtils.deleteRecursively(shots);
            Files.createDirectories(shots);
            profile = Files.createTempDirectory("rl-chromium-profile");
            downloads = Files.createTempDirectory("rl-chromium-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(CHROMIUM).as("Debian package chromium").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian package chromium-driver").isExecutable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-extensions", "--lang=vi-VN",
                "--user-data-dir=" + profile,
                phone ? "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT : "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", "vi-VN,vi",
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        if (phone) {
            // A phone's viewport, honouring the page's <meta name="viewport">, as on a real phone.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
                    "height", PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
    }

    static Browser desktop(String journey) {
        return new Browser(journey, false);
    }

    static Browser phone(String journey) {
        return new Browser(journey + "-375x812", true);
    }

    boolean isPhone() {
        return phone;
    }

    Portal portal() {
        return portal;
    }

    // --- navigation and waiting -------------------------------------------------------------------------------

    void open(String path) {
        driver.get(portal.url(path));
        waitForVaadin();
    }

    String path() {
        String url = driver.getCurrentUrl();
        String base = portal.url("/");
        return url.startsWith(base) ? url.substring(base.length() - 1) : url;
    }

    /** Vaadin has started on the page and has no request to the server in flight. */
    void waitForVaadin() {
        waitUntil("Vaadin to be idle", () -> Boolean.TRUE.equals(js("""
                if (document.readyState !== 'complete') return false;
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return false;
                const all = Object.values(clients).filter(c => c && typeof c.isActive === 'function');
                return all.length > 0 && all.every(c => !c.isActive());
                """)));
    }

    <T> T waitUntil(String what, Supplier<T> condition) {
        return new FluentWait<>(driver).withTimeout(TIMEOUT).pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "waiting for " + what + " on " + path())
                .until(d -> {
                    T value = condition.get();
                    return value instanceof Boolean b && !b ? null : value;
                });
    }

    /** Waits (polling, up to {@code timeout}) until the page's visible text contains {@code text}. */
    void waitForText(String text, Duration timeout) {
        new FluentWait<>(driver).withTimeout(timeout).pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "waiting for the text \"" + text + "\" on " + path())
                .until(d -> pageText().contains(text));
    }

    void waitForText(String text) {
        waitForText(text, TIMEOUT);
    }

    String pageText() {
        Object text = js("return document.body ? document.body.innerText : ''");
        return text == null ? "" : text.toString();
    }

    void assertText(String... texts) {
        waitForVaadin();
        for (String text : texts) {
            waitForText(text);
        }
    }

    WebElement find(String css) {
        return waitUntil(css, () -> visible(driver, css).findFirst().orElse(null));
    }

    WebElement find(WebElement within, String css) {
        return waitUntil(css, () -> visible(within, css).findFirst().orElse(null));
    }

    List<WebElement> findAll(String css) {
        return visible(driver, css).toList();
    }

    /**
     * Shown elements, in one round trip: laid out with a size and not hidden by CSS. (Selenium's isDisplayed()
     * calls an element scrolled out of the layout's scrolling content part hidden.)
     */
    @SuppressWarnings("unchecked")
    private Stream<WebElement> visible(SearchContext context, String css) {
        Object root = context instanceof WebElement element ? element : null;
        List<WebElement> shown = (List<WebElement>) js("""
                const root = arguments[0] || document;
                return [...root.querySelectorAll(arguments[1])].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.height > 0 && e.checkVisibility({visibilityProperty: true});
                });""", root, css);
        return shown.stream();
    }

    /** The element's top is inside the window (a page opens at its top, not where the last one was scrolled). */
    void assertAtTop(String css) {
        WebElement element = find(css);
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top", element);
        Number height = (Number) js("return window.innerHeight");
        assertThat(top.doubleValue()).as("top of %s on %s", css, path()).isBetween(0.0, height.doubleValue());
    }

    /** The visible element matching {@code css} whose text contains {@code text}. */
    WebElement withText(String css, String text) {
        return waitUntil(css + " with text \"" + text + "\"", () -> shownWithText(css, text, false));
    }

    /** The first shown element matching {@code css} whose text contains (or is) {@code text}, in one round trip. */
    private WebElement shownWithText(String css, String text, boolean exact) {
        Object found = js("""
                const [css, text, exact] = [arguments[0], arguments[1], arguments[2]];
                return [...document.querySelectorAll(css)].find(e => {
                  const r = e.getBoundingClientRect();
                  if (!(r.width > 0 && r.height > 0 && e.checkVisibility({visibilityProperty: true}))) return false;
                  const t = (e.innerText || '').trim();
                  return exact ? t === text : t.includes(text);
                }) || null;""", css, text, exact);
        return found instanceof WebElement e ? e : null;
    }

    void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        waitUntil("the element to be enabled", () -> element.isEnabled()
                && !Boolean.TRUE.equals(js("return arguments[0].hasAttribute('disabled')", element)));
        element.click();
        waitForVaadin();
    }

    /** Clicks the visible vaadin-button (or button, link) whose text contains {@code text}. */
    void clickButton(String text) {
        click(waitUntil("the button \"" + text + "\"", () -> {
            Object found = js("""
                    const text = arguments[0];
                    const dialogs = document.querySelectorAll('vaadin-dialog[opened], vaadin-confirm-dialog[opened]');
                    const scope = dialogs.length ? dialogs[dialogs.length - 1] : document;
                    const shown = [...scope.querySelectorAll('vaadin-button, button, a')].filter(e => {
                      const r = e.getBoundingClientRect();
                      return r.width > 0 && r.height > 0 && e.checkVisibility({visibilityProperty: true});
                    });
                    const label = e => (e.innerText || '').trim();
                    return shown.find(e => label(e) === text) || shown.find(e => label(e).includes(text)) || null;
                    """, text);
            return found instanceof WebElement e ? e : null;
        }));
    }

    void clickLink(String text) {
        click(withText("a", text));
    }

    /** Types into a Vaadin field: the field's own input (light DOM) found by the field's label. */
    WebElement field(String label) {
        return waitUntil("the field \"" + label + "\"", () -> visible(driver,
                "vaadin-text-field, vaadin-text-area, vaadin-password-field, vaadin-integer-field, vaadin-number-field,"
                        + " vaadin-date-picker, vaadin-combo-box, vaadin-select, vaadin-email-field, vaadin-big-decimal-field")
                .filter(f -> label.equals(Objects.toString(js("""
                        const l = arguments[0].querySelector(':scope > label[slot=label]');
                        return l ? l.textContent.trim() : arguments[0].getAttribute('aria-label');
                        """, f), "").replace("*", "").trim())).findFirst().orElse(null));
    }

    void type(String label, String text) {
        type(field(label), text);
    }

    void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        // change event: Vaadin sends the value on blur or Enter
        js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        waitForVaadin();
    }

    /** Picks {@code item} in a vaadin-combo-box or vaadin-select by its shown text. */
    void choose(String label, String item) {
        WebElement field = field(label);
        String tag = field.getTagName();
        if (tag.equals("vaadin-select")) {
            click(field);
            click(waitUntil("the option " + item, () -> visible(driver, "vaadin-select-item")
                    .filter(o -> o.getText().trim().equals(item)).findFirst().orElse(null)));
            return;
        }
        WebElement input = field.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(item);
        waitForVaadin();
        click(waitUntil("the option " + item, () -> visible(driver, "vaadin-combo-box-item")
                .filter(o -> o.getText().trim().contains(item)).findFirst().orElse(null)));
    }

    /** The link whose whole text is {@code text}. */
    WebElement linkExactly(String text) {
        return waitUntil("the link \"" + text + "\"", () -> shownWithText("a", text, true));
    }

    /**
     * The button labelled {@code button} in the row of a vaadin-grid that shows {@code rowText}. Cell contents are
     * light-DOM children slotted into the grid's rows, so the row is found through the slot.
     */
    WebElement gridRowButton(String rowText, String button) {
        return waitUntil("the button " + button + " in the row of " + rowText, () -> {
            Object found = js("""
                    const [text, label] = [arguments[0], arguments[1]];
                    for (const grid of document.querySelectorAll('vaadin-grid')) {
                      const contents = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                      for (const hit of contents.filter(c => c.innerText.includes(text))) {
                        const row = hit.assignedSlot && hit.assignedSlot.closest('tr');
                        if (!row) continue;
                        const slots = [...row.querySelectorAll('slot')].map(s => s.name);
                        for (const c of contents.filter(c => slots.includes(c.slot))) {
                          const b = [...c.querySelectorAll('vaadin-button')].find(b => b.innerText.includes(label));
                          if (b) return b;
                        }
                      }
                    }
                    return null;
                    """, rowText, button);
            return found instanceof WebElement e ? e : null;
        });
    }

    /**
     * Gives {@code file} to a vaadin-upload's file input. The upload runs on its own request, which Vaadin's
     * idle state does not cover: callers wait for what the page shows after it (and some fields empty the
     * upload's file list as soon as they have the file).
     */
    void upload(WebElement upload, Path file) {
        WebElement input = (WebElement) js("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));
                """, upload);
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    ChromeDriver driver() {
        return driver;
    }

    // --- signing in -------------------------------------------------------------------------------------------

    /**
     * Every journey signs in through this one method: the login page, user name and password, then the page the
     * portal sends the user to. A second factor, when the portal asks for one, belongs here.
     */
    void signIn(String username, String password) {
        open("/dang-nhap");
        find("vaadin-login-form");
        WebElement user = find("vaadin-login-form input[name=username]");
        WebElement secret = find("vaadin-login-form input[name=password]");
        user.sendKeys(username);
        secret.sendKeys(password);
        step("dang-nhap-" + username);
        secret.sendKeys(Keys.ENTER);
        waitUntil("the login to finish", () -> !path().startsWith("/dang-nhap"));
        waitForVaadin();
        if (path().startsWith("/xac-thuc-hai-buoc")) {
            // ADMIN and SECRETARY accounts: the code of the demo accounts' authenticator (README)
            assertText("Xác thực hai bước", "Mở ứng dụng xác thực trên điện thoại");
            step("xac-thuc-hai-buoc-" + username);
            type("Mã xác thực", freshCode(username));
            clickButton("Xác nhận");
            waitUntil("the second factor to be accepted", () -> !path().startsWith("/xac-thuc-hai-buoc"));
            waitForVaadin();
        }
        // The header shows the signed-in user's menu instead of the login button.
        waitUntil("the user menu", () -> !driver.findElements(By.cssSelector("vaadin-menu-bar .user-name")).isEmpty());
    }

    /**
     * A code is accepted once: a second sign-in of the same account within its 30-second step waits for
     * the next one, as a person would. Steps used are kept in a file, for every journey of this run.
     */
    private static synchronized String freshCode(String username) {
        try {
            Path used = Path.of("target", "journeys", "totp-" + username);
            long last = Files.exists(used) ? Long.parseLong(Files.readString(used).trim()) : -1;
            long step;
            while ((step = java.time.Instant.now().getEpochSecond() / 30) <= last) {
                Thread.sleep(500); // polling until the next time step begins
            }
            Files.createDirectories(used.getParent());
            Files.writeString(used, Long.toString(step));
            return vn.renluyen.TwoFactorCodes.at(vn.renluyen.TwoFactorCodes.DEMO_SECRET, java.time.Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** First sign-in with a temporary password: the portal asks for one's own first. Returns the new one. */
    String replaceTemporaryPassword(String temporary) {
        waitUntil("the password page", () -> path().startsWith("/doi-mat-khau"));
        assertText("Đồng chí đang dùng mật khẩu tạm thời do người khác cấp.");
        String chosen = "MatKhauCuaToi-" + temporary.substring(0, 4);
        type("Mật khẩu hiện tại", temporary);
        type("Mật khẩu mới", chosen);
        type("Nhập lại mật khẩu mới", chosen);
        step("doi-mat-khau-tam-thoi");
        clickButton("Đổi mật khẩu");
        waitUntil("the way on after the change", () -> !path().startsWith("/doi-mat-khau"));
        waitForVaadin();
        return chosen;
    }

    void signOut() {
        driver.manage().deleteAllCookies();
        open("/");
    }

    // --- steps, screenshots, layout ---------------------------------------------------------------------------

    /** Screenshot {@code NN-name.png}; on a phone, also the sideways checks of {@link #assertFitsWidth}. */
    void step(String name) {
        waitForVaadin();
        step++;
        Path file = shots.resolve(String.format("%02d-%s.png", step, name));
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (phone) {
            assertFitsWidth(name);
        }
    }

    /**
     * No sideways scrolling (the page is no wider than the window) and nothing cut off: every visible heading,
     * paragraph, link, button, field and image lies within the window's width, unless it sits in a box that
     * scrolls sideways on purpose (a wide table).
     */
    @SuppressWarnings("unchecked")
    void assertFitsWidth(String where) {
        Map<String, Object> widths = (Map<String, Object>) js("""
                return {inner: window.innerWidth, doc: document.documentElement.scrollWidth,
                        body: document.body.scrollWidth};""");
        long inner = ((Number) widths.get("inner")).longValue();
        assertThat(((Number) widths.get("doc")).longValue()).as("%s: document width at %d px", where, inner)
                .isLessThanOrEqualTo(inner);
        assertThat(((Number) widths.get("body")).longValue()).as("%s: body width at %d px", where, inner)
                .isLessThanOrEqualTo(inner);
        List<String> outside = (List<String>) js("""
                const width = window.innerWidth;
                const scrollsSideways = el => {
                  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX;
                    if (o === 'auto' || o === 'scroll') return true;
                  }
                  return false;
                };
                const out = [];
                document.querySelectorAll('h1, h2, h3, p, a, img, vaadin-button, vaadin-text-field, vaadin-text-area,'
                    + ' vaadin-combo-box, vaadin-select, vaadin-upload, vaadin-radio-group, vaadin-checkbox-group,'
                    + ' vaadin-menu-bar, vaadin-details').forEach(el => {
                  if (el.closest('[slot=drawer]') || el.closest('vaadin-app-layout:not([drawer-opened]) [slot=drawer]')) return;
                  const r = el.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0) return;
                  const style = getComputedStyle(el);
                  if (style.visibility === 'hidden') return;
                  if ((r.right > width + 1 || r.left < -1) && !scrollsSideways(el)) {
                    out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
                        + ' "' + (el.innerText || '').trim().substring(0, 40) + '" ' + Math.round(r.left) + '..' + Math.round(r.right));
                  }
                });
                return out;
                """);
        assertThat(outside).as("%s: elements outside the %d px wide window", where, inner).isEmpty();
    }

    /** Saves the page's screenshot and HTML after a failure, next to the steps. */
    void saveFailure() {
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("failure.png"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(shots.resolve("failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | WebDriverException ignored) {
            // the original failure matters more
        }
    }

    // --- downloads --------------------------------------------------------------------------------------------

    /** Waits for a finished download whose name ends with {@code suffix} and returns it. */
    Path downloaded(String suffix) {
        return waitUntil("a downloaded *" + suffix, () -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // --- accessibility ----------------------------------------------------------------------------------------

    /** axe-core's violations of impact serious or critical on the current page, one line each. */
    List<String> seriousAccessibilityViolations() {
        return axeViolations(true);
    }

    /** All of axe-core's violations on the current page, one line each. */
    List<String> accessibilityViolations() {
        return axeViolations(false);
    }

    @SuppressWarnings("unchecked")
    private List<String> axeViolations(boolean seriousOnly) {
        waitForVaadin();
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            js(axeSource());
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')
                            .replace(/\\s+/g, ' ').substring(0, 200))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            String impact = String.valueOf(v.get("impact"));
            if (!seriousOnly || impact.equals("serious") || impact.equals("critical")) {
                lines.add(path() + ": " + v.get("id") + " (" + impact + ") " + v.get("help") + " " + v.get("targets"));
            }
        }
        return lines;
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    fail("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
            FileSystemUtils.deleteRecursively(downloads.toFile());
        }
    }

    /** Runs a journey, saving the page after a failure. */
    static void run(Browser browser, Journey journey) throws Exception {
        try (browser) {
            try {
                journey.run(browser);
            } catch (Throwable failure) {
                browser.saveFailure();
                throw failure;
            }
        }
    }

    @FunctionalInterface
    interface Journey {
        void run(Browser browser) throws Exception;
    }
}
