package vn.renluyen.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab without the browser: it loads a portal page the way Vaadin's client does (the page's HTML,
 * then {@code ?v-r=init}, which creates the UI, then the {@code ui-navigate} event, which builds the view on
 * the server and returns it), so that a page load costs the server what a real one costs, including the UI
 * it keeps in the session. Cookies are kept by hand (only the session id), so that a few hundred visitors
 * hold almost nothing in the benchmark's heap, and all share one HTTP client.
 */
public final class Visitor {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private String session;
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;

    public Visitor(String base) {
        this.base = base;
    }

    /** The session id the portal gave this visitor (its cookie), or null before the first answer. */
    public String session() {
        return session;
    }

    /** The HTTP status of a plain GET of {@code path} (e.g. 302 to the login page for a view that needs one). */
    public int status(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET()).statusCode();
    }

    /** A new tab on {@code path} (with its query, e.g. "/tim-kiem?q=dang+vien"); returns the view's UIDL. */
    public String load(String path) throws IOException, InterruptedException {
        Target target = Target.of(path);
        get(target.path() + (target.query().isEmpty() ? "" : "?" + target.query()));
        String init = get("/?v-r=init&location=" + encode(target.route()) + "&query=" + encode(target.query()));
        securityKey = find(SECURITY_KEY, init, "Vaadin-Security-Key");
        uiId = Integer.parseInt(find(UI_ID, init, "v-uiId"));
        syncId = Integer.parseInt(find(SYNC_ID, init, "syncId"));
        clientId = 0;
        return navigate(path);
    }

    /** A click on a link inside the tab opened by {@link #load}: the same UI shows another view. */
    public String navigate(String path) throws IOException, InterruptedException {
        Target target = Target.of(path);
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + target.route() + "\",\"query\":\""
                + target.query() + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String uidl = response.body();
        if (response.statusCode() != 200 || uidl.contains("\"sessionExpired\"") || uidl.contains("\"appError\"")) {
            throw new IOException("navigation to " + path + " answered " + response.statusCode() + ": "
                    + uidl.substring(0, Math.min(300, uidl.length())));
        }
        Matcher sync = SYNC_ID.matcher(uidl);
        if (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        clientId++;
        return uidl;
    }

    /** Signs in through the login form as a browser does (the CSRF token from the page); true if accepted. */
    public boolean signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("/dang-nhap");
        String token = find(CSRF, page, "_csrf meta tag");
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        Optional<String> location = response.headers().firstValue("Location");
        return response.statusCode() == 302 && location.isPresent() && !location.get().contains("error")
                && !location.get().contains("xac-thuc-hai-buoc");
    }

    private String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
        if (response.statusCode() != 200) {
            throw new IOException(pathAndQuery + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.find()) {
                session = m.group(1);
            }
        }
        return response;
    }

    private static String find(Pattern pattern, String text, String what) throws IOException {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IOException("no " + what + " in the answer: " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** "/tim-kiem?q=dang+vien" as Vaadin's router sees it: route "tim-kiem", query "q=dang+vien". */
    private record Target(String path, String route, String query) {
        static Target of(String path) {
            int q = path.indexOf('?');
            String p = q < 0 ? path : path.substring(0, q);
            return new Target(p, p.replaceFirst("^/", ""), q < 0 ? "" : path.substring(q + 1));
        }
    }
}
