package de.stammkunde.web.publicpages;

import de.stammkunde.client.application.ClientView;
import de.stammkunde.messaging.application.MessageLinks;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.link.SignedLink;
import de.stammkunde.tenancy.application.TenantRegistry;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.domain.TenantStatus;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * The public pages behind the links in messages: {@code /unsubscribe/{token}} withdraws the email
 * marketing consent, {@code /confirm/{token}} confirms it (double opt-in). Opening a link only
 * shows a button, so mail scanners that fetch links change nothing; the button (or a one-click
 * POST from the mail program, RFC 8058) does it, recorded as consent proof with IP and user agent.
 */
@WebServlet(urlPatterns = {"/unsubscribe/*", "/confirm/*"})
public class MessageLinkServlet extends HttpServlet {

    @Inject
    transient TenantRegistry registry;

    @Inject
    transient MessageLinks links;

    private record Target(String token, TenantSlug tenant, String business, boolean unsubscribe) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Target> target = target(request);
        if (target.isEmpty()) {
            invalid(response);
            return;
        }
        Target t = target.get();
        String language;
        String firstName;
        try {
            ClientView client = inTenant(t, () -> links.client(t.token(),
                    t.unsubscribe() ? MessageLinks.UNSUBSCRIBE : MessageLinks.CONFIRM));
            language = "en".equals(client.preferredLanguage()) ? "en" : "de";
            firstName = client.firstName();
        } catch (SignedLink.InvalidLink | NotFound e) {
            invalid(response);
            return;
        }
        boolean en = "en".equals(language);
        String question = t.unsubscribe()
                ? (en ? "Do you want to stop receiving news and offers from %s by email?"
                      : "Möchten Sie keine Neuigkeiten und Angebote von %s mehr per E-Mail erhalten?")
                : (en ? "Please confirm that you want to receive news and offers from %s by email."
                      : "Bitte bestätigen Sie, dass Sie Neuigkeiten und Angebote von %s per E-Mail erhalten möchten.");
        String button = t.unsubscribe() ? (en ? "Unsubscribe" : "Abmelden") : (en ? "Confirm" : "Bestätigen");
        page(response, HttpServletResponse.SC_OK, language, t.business(),
                "<p>" + (en ? "Hello " : "Hallo ") + escape(firstName) + ",</p>\n<p>"
                        + escape(question.formatted(t.business())) + "</p>\n"
                        + "<form method=\"post\"><button type=\"submit\" id=\"confirm\">" + button
                        + "</button></form>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Target> target = target(request);
        if (target.isEmpty()) {
            invalid(response);
            return;
        }
        Target t = target.get();
        String ip = request.getRemoteAddr();
        String userAgent = request.getHeader("User-Agent");
        MessageLinks.Outcome outcome;
        try {
            outcome = inTenant(t, () -> t.unsubscribe() ? links.unsubscribe(t.token(), ip, userAgent)
                    : links.confirm(t.token(), ip, userAgent));
        } catch (SignedLink.InvalidLink | NotFound e) {
            invalid(response);
            return;
        }
        boolean en = "en".equals(outcome.language());
        String text;
        if (t.unsubscribe()) {
            text = en ? "You are unsubscribed. You will not receive news and offers from %s by email any more."
                      : "Sie sind abgemeldet. Sie erhalten keine Neuigkeiten und Angebote von %s mehr per E-Mail.";
        } else if (outcome.changed()) {
            text = en ? "Thank you! You will receive news and offers from %s by email."
                      : "Vielen Dank! Sie erhalten Neuigkeiten und Angebote von %s per E-Mail.";
        } else {
            text = en ? "There is nothing to confirm: you have withdrawn your consent to emails from %s since."
                      : "Es gibt nichts zu bestätigen: Sie haben Ihre Einwilligung für E-Mails von %s inzwischen widerrufen.";
        }
        page(response, HttpServletResponse.SC_OK, outcome.language(), t.business(),
                "<p id=\"done\">" + escape(text.formatted(t.business())) + "</p>");
    }

    private Optional<Target> target(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return Optional.empty();
        }
        String token = path.substring(1);
        String tenant;
        try {
            tenant = SignedLink.read(token).tenant();
        } catch (SignedLink.InvalidLink e) {
            return Optional.empty();
        }
        if (!TenantSlug.isValid(tenant)) {
            return Optional.empty();
        }
        TenantSlug slug = new TenantSlug(tenant);
        if (registry.status(slug).orElse(null) != TenantStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(new Target(token, slug, registry.view(slug).name(),
                "/unsubscribe".equals(request.getServletPath())));
    }

    private static <T> T inTenant(Target target, java.util.function.Supplier<T> work) {
        return TenantContext.runAs(target.tenant(), () -> AuditContext.runAs(
                new Actor(Actor.Kind.CLIENT, "message-link", "Message link"), UUID.randomUUID().toString(), work));
    }

    private static void invalid(HttpServletResponse response) throws IOException {
        page(response, HttpServletResponse.SC_NOT_FOUND, "de", "Stammkunde",
                "<p id=\"invalid\">Dieser Link ist ungültig oder abgelaufen.</p>"
                        + "<p lang=\"en\">This link is not valid or has expired.</p>");
    }

    private static void page(HttpServletResponse response, int status, String language, String business, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#222}
                button{font-size:1.1rem;padding:.6rem 1.4rem;border-radius:6px;border:1px solid #235;background:#2b5c8a;color:#fff}
                </style></head><body>
                <h1>%s</h1>
                %s
                </body></html>""".formatted(language, escape(business), escape(business), body));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
