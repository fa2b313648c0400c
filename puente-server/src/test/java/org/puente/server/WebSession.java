package org.puente.server;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session over plain HTTP for page tests: keeps cookies, does not follow
 * redirects, and can read the CSRF token a page's form carries.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;

    private WebSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    public static WebSession signedIn(int port, String user) {
        WebSession session = new WebSession(port);
        var reply = session.signIn(user, Api.DEMO_PASSWORD);
        if (reply.statusCode() != 302 || reply.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("could not sign in as " + user);
        }
        return session;
    }

    public HttpResponse<String> signIn(String user, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", user);
        form.put("password", password);
        form.put("_csrf", csrfFrom("/login"));
        return post("/login", form);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A form with one file, sent as multipart/form-data the way a browser uploads it. */
    public HttpResponse<String> upload(String path, Map<String, String> form, String fileField, String fileName,
                                       String content) {
        String boundary = "----puente" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n--")
                .append(boundary).append("--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    /** The CSRF token of the first form on the page at {@code path}. */
    public String csrfFrom(String path) {
        Matcher m = CSRF.matcher(get(path).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return m.group(1);
    }

    /** Asks for HTML as a browser does, so error answers come as pages. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
