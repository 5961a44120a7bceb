package de.stammkunde.messaging.domain;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders templates with Mustache. Businesses write plain text: the subject and the plain-text part
 * are the rendering as it is; the HTML part is that rendering HTML-escaped as a whole (so neither
 * a client's name nor the business's wording can inject markup), with paragraphs from blank lines
 * and links made clickable. Pure and thread-safe.
 */
public final class MessageTemplates {

    private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).defaultValue("");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    /** Something wrong with a template: a syntax error or a placeholder the kind does not know. */
    public record Problem(String field, String message) {
    }

    private MessageTemplates() {
    }

    /** What is wrong with the template for the kind; empty when it is fine. */
    public static List<Problem> check(MessageKind kind, MessageChannel channel, TemplateText template) {
        List<Problem> problems = new ArrayList<>();
        if (channel == MessageChannel.EMAIL) {
            if (template.subject() == null || template.subject().isBlank()) {
                problems.add(new Problem("subject", "required"));
            } else {
                check("subject", kind, template.subject(), problems);
            }
        }
        if (template.body() == null || template.body().isBlank()) {
            problems.add(new Problem("body", "required"));
        } else {
            check("body", kind, template.body(), problems);
        }
        return problems;
    }

    private static void check(String field, MessageKind kind, String text, List<Problem> problems) {
        Template template;
        try {
            template = TEXT.compile(text);
        } catch (MustacheException e) {
            problems.add(new Problem(field, "template syntax: " + e.getMessage()));
            return;
        }
        Set<String> unknown = new TreeSet<>();
        boolean[] unclosed = {false};
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
                unclosed[0] |= text.contains("{{") || text.contains("}}");
            }

            @Override
            public void visitVariable(String name) {
                if (!kind.placeholders().contains(name)) {
                    unknown.add(name);
                }
            }

            @Override
            public boolean visitInclude(String name) {
                unknown.add(">" + name);
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                visitVariable(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                visitVariable(name);
                return true;
            }
        });
        if (unclosed[0]) {
            problems.add(new Problem(field, "template syntax: every {{ needs its }}"));
        }
        if (!unknown.isEmpty()) {
            problems.add(new Problem(field, "unknown placeholders " + unknown.stream().map(n -> "{{" + n + "}}").toList()
                    + "; known: " + new TreeSet<>(kind.placeholders())));
        }
    }

    /**
     * Renders the template; {@code footer} (plain text, may hold links) is appended to both parts,
     * e.g. the unsubscribe note of marketing emails, so no template can leave it out.
     */
    public static RenderedMessage render(TemplateText template, Map<String, ?> model, String footer) {
        return compile(template).render(model, footer);
    }

    /**
     * The template compiled, to render many messages with it: Mustache learns how to read each
     * placeholder once per compiled template, by reflection that costs dearly on a server's deep
     * stacks (every miss is an exception), so a batch of messages compiles its template once.
     */
    public static Compiled compile(TemplateText template) {
        return new Compiled(template.subject() == null ? null : TEXT.compile(template.subject()),
                TEXT.compile(template.body()));
    }

    /** A compiled template: renders like {@link #render}; thread-safe. */
    public static final class Compiled {

        private final Template subject;
        private final Template body;

        private Compiled(Template subject, Template body) {
            this.subject = subject;
            this.body = body;
        }

        /** The subject alone, on one line; null for a template without one (SMS). */
        public String subject(Map<String, ?> model) {
            return subject == null ? null : singleLine(subject.execute(model));
        }

        /** See {@link MessageTemplates#render}. */
        public RenderedMessage render(Map<String, ?> model, String footer) {
            String renderedSubject = subject(model);
            String text = body.execute(model).strip();
            String htmlBody = html(escape(text));
            if (footer != null && !footer.isBlank()) {
                text = text + "\n\n-- \n" + footer.strip();
                htmlBody = htmlBody + "\n<hr>\n<p style=\"font-size:smaller;color:#666\">"
                        + links(escape(footer.strip()).replace("\n", "<br>\n")) + "</p>";
            }
            return new RenderedMessage(renderedSubject, text,
                    "<!DOCTYPE html>\n<html><body>\n" + htmlBody + "\n</body></html>");
        }
    }

    private static String singleLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** Escaped text to paragraphs: blank lines separate paragraphs, single newlines break lines. */
    private static String html(String escaped) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : escaped.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(links(paragraph.strip().replaceAll("\\R", "<br>\n"))).append("</p>\n");
            }
        }
        return out.toString().strip();
    }

    private static String links(String escaped) {
        Matcher matcher = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
