package de.stammkunde.bench;

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
 * A browser as far as the business console needs one: signs in through Keycloak's
 * authorization-code flow (following redirects, keeping cookies, filling the username page and
 * then the password page), and afterwards opens pages with the session cookie, without following
 * redirects, so that a measured request is exactly one request. The same flow as the integration
 * tests' {@code BrowserSession}.
 */
final class Browser {

    private static final Pattern LOGIN_FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    private static final int MAX_LOGIN_STEPS = 3;

    private final String keycloakUrl;
    private final CookieHandler cookies = new LocalhostIsSecure(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    private final HttpClient signingIn = client(HttpClient.Redirect.NORMAL);
    private final HttpClient signedIn = client(HttpClient.Redirect.NEVER);

    Browser(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** Opens a protected page, signs in at Keycloak and returns the page the flow ends on. */
    HttpResponse<String> signIn(String protectedUrl, String username, String password) {
        HttpResponse<String> page = send(signingIn, HttpRequest.newBuilder(URI.create(protectedUrl)).GET().build());
        if (!isLoginForm(page)) {
            throw new IllegalStateException("expected Keycloak's login page, got " + page.uri());
        }
        for (int step = 0; step < MAX_LOGIN_STEPS && isLoginForm(page); step++) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (page.body().contains("name=\"username\"")) {
                fields.put("username", username);
            }
            if (page.body().contains("name=\"password\"")) {
                fields.put("password", password);
                fields.put("credentialId", "");
            }
            page = send(signingIn, HttpRequest.newBuilder(URI.create(loginFormAction(page.body())))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                    .build());
        }
        if (isLoginForm(page)) {
            throw new IllegalStateException("Keycloak did not accept " + username + ": " + page.uri());
        }
        return page;
    }

    /** One GET with the session's cookies; redirects are answered, not followed. */
    HttpResponse<String> get(String url, String label) {
        return send(signedIn, HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", "de")
                .header(AccessLog.LABEL_HEADER, label)
                .GET().build());
    }

    /** A Faces Ajax request (as PrimeFaces sends it) with the session's cookies. */
    HttpResponse<String> ajax(String url, Map<String, String> fields, String label) {
        return send(signedIn, HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", "de")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header(AccessLog.LABEL_HEADER, label)
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build());
    }

    private boolean isLoginForm(HttpResponse<String> page) {
        return page.uri().toString().startsWith(keycloakUrl) && LOGIN_FORM_ACTION.matcher(page.body()).find();
    }

    private static String loginFormAction(String html) {
        Matcher matcher = LOGIN_FORM_ACTION.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no Keycloak login form in: " + html);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpClient client(HttpClient.Redirect redirects) {
        return HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
}
