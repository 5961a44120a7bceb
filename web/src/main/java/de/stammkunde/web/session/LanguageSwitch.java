package de.stammkunde.web.session;

import de.stammkunde.shared.i18n.Languages;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Switches the pages' language: {@code /language?to=en&back=/app/demo/clients} remembers the
 * choice for a year and returns to the page (only to a page of this application).
 */
@WebServlet(urlPatterns = "/language")
public class LanguageSwitch extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getParameter("to");
        if (language == null || !Languages.isSupported(language)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Cookie cookie = new Cookie(UiLocale.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + localPath(request.getParameter("back")));
    }

    /** Only a path of this application: never another host, never a protocol-relative URL. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
