package de.stammkunde.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the authorization-code flow needs one: follows redirects, keeps cookies,
 * and submits Keycloak's login form.
 */
public final class BrowserSession {

    private static final Pattern LOGIN_FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    private static final int MAX_LOGIN_STEPS = 3;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LocalhostIsSecure(new CookieManager(null, CookiePolicy.ACCEPT_ALL)))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "de").GET().build());
    }

    /**
     * Opens a protected page, signs in at Keycloak and returns the page the flow ends on. With
     * organizations enabled Keycloak asks for the username first and for the password on a
     * second page; each login form is filled with the fields it shows.
     */
    public HttpResponse<String> signIn(String protectedUrl, String username, String password) {
        HttpResponse<String> page = get(protectedUrl);
        if (!isKeycloakLoginForm(page)) {
            throw new AssertionError("expected Keycloak's login page, got " + page.uri());
        }
        for (int step = 0; step < MAX_LOGIN_STEPS && isKeycloakLoginForm(page); step++) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (page.body().contains("name=\"username\"")) {
                fields.put("username", username);
            }
            if (page.body().contains("name=\"password\"")) {
                fields.put("password", password);
                fields.put("credentialId", "");
            }
            page = post(loginFormAction(page.body()), fields);
        }
        return page;
    }

    private static boolean isKeycloakLoginForm(HttpResponse<String> page) {
        return page.uri().toString().startsWith(TestPlatform.keycloakUrl()) && LOGIN_FORM_ACTION.matcher(page.body()).find();
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) {
        return post(url, fields, Map.of());
    }

    /** Posts a form, as a page of the console would, with extra headers (e.g. {@code Faces-Request}). */
    public HttpResponse<String> post(String url, Map<String, String> fields, Map<String, String> headers) {
        String form = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "de")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request.build());
    }

    static String loginFormAction(String html) {
        Matcher matcher = LOGIN_FORM_ACTION.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no Keycloak login form in: " + html);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    /**
     * Browsers treat http://localhost as a secure context and send it cookies marked Secure,
     * as Keycloak's login cookies are; Java's cookie manager does not unless told so.
     */
    private static final class LocalhostIsSecure extends CookieHandler {

        private final CookieHandler delegate;

        LocalhostIsSecure(CookieHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return delegate.get(secureIfLocal(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            delegate.put(uri, responseHeaders);
        }

        private static URI secureIfLocal(URI uri) {
            if (!"localhost".equals(uri.getHost()) || !"http".equals(uri.getScheme())) {
                return uri;
            }
            try {
                return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(),
                        uri.getQuery(), uri.getFragment());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
