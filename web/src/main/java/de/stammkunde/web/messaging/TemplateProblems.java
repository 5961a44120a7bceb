package de.stammkunde.web.messaging;

import de.stammkunde.web.faces.ConsoleMessages;

/**
 * What the template check found ({@code MessageTemplates.check}: "required", "unknown placeholders
 * [{{foo}}]; known: …", "template syntax: …"), said in the page's language; anything else as it is.
 */
final class TemplateProblems {

    private static final String UNKNOWN = "unknown placeholders ";
    private static final String SYNTAX = "template syntax: ";
    private static final String UNCLOSED = "every {{ needs its }}";

    private TemplateProblems() {
    }

    static String describe(String problem) {
        if ("required".equals(problem)) {
            return ConsoleMessages.text("templates.invalid.required");
        }
        if (problem.startsWith(UNKNOWN)) {
            int known = problem.indexOf("; known");
            String names = problem.substring(UNKNOWN.length(), known < 0 ? problem.length() : known)
                    .replaceAll("^\\[|]$", "");
            return ConsoleMessages.text("templates.invalid.unknown", names);
        }
        if (problem.startsWith(SYNTAX)) {
            String detail = problem.substring(SYNTAX.length());
            return UNCLOSED.equals(detail) ? ConsoleMessages.text("templates.invalid.unclosed")
                    : ConsoleMessages.text("templates.invalid.syntax", detail);
        }
        return problem;
    }
}
