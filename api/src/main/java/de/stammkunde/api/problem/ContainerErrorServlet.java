package de.stammkunde.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page of the API WAR: answers errors raised before JAX-RS is reached (a missing,
 * expired or forged token rejected by the OIDC mechanism, unknown paths) as problem details.
 * The headers the container already set, such as {@code WWW-Authenticate}, stay.
 */
@WebServlet(name = "problem", urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/problem";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer code ? code : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = Problems.of(ProblemCode.forStatus(status), ServletProblems.locale(request),
                uri == null ? request.getRequestURI() : uri.toString());
        ServletProblems.write(response, status, problem);
    }
}
