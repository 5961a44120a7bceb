package de.stammkunde.messaging.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTemplatesTest {

    @Test
    void theHtmlPartIsEscapedTheTextPartIsNot() {
        RenderedMessage rendered = MessageTemplates.render(new TemplateText("Hallo {{firstName}}", """
                        Hallo {{firstName}},

                        bis {{appointmentStart}}.
                        Link: https://example.org/a?b=1&c=2"""),
                Map.of("firstName", "<Jürgen & Co>", "appointmentStart", "Montag"), null);

        assertThat(rendered.subject()).isEqualTo("Hallo <Jürgen & Co>");
        assertThat(rendered.text()).startsWith("Hallo <Jürgen & Co>,\n\nbis Montag.");
        assertThat(rendered.html()).contains("<p>Hallo &lt;Jürgen &amp; Co&gt;,</p>")
                .contains("<p>bis Montag.<br>")
                .contains("<a href=\"https://example.org/a?b=1&amp;c=2\">")
                .doesNotContain("<Jürgen");
    }

    @Test
    void aFooterIsAppendedToBothPartsWithItsLinkClickable() {
        RenderedMessage rendered = MessageTemplates.render(new TemplateText("News", "Hallo"), Map.of(),
                "Abmelden: https://example.org/unsubscribe/abc");

        assertThat(rendered.text()).endsWith("-- \nAbmelden: https://example.org/unsubscribe/abc");
        assertThat(rendered.html()).contains("<a href=\"https://example.org/unsubscribe/abc\">");
    }

    @Test
    void aSubjectStaysOneLine() {
        RenderedMessage rendered = MessageTemplates.render(new TemplateText("A {{firstName}}", "x"),
                Map.of("firstName", "B\r\nBcc: evil@example.org"), null);

        assertThat(rendered.subject()).isEqualTo("A B Bcc: evil@example.org").doesNotContain("\n");
    }

    @Test
    void unknownPlaceholdersAndSyntaxErrorsAreNamed() {
        assertThat(MessageTemplates.check(MessageKind.BIRTHDAY, MessageChannel.EMAIL,
                new TemplateText("Hallo {{firstName}}", "Ihr Code {{code}} und {{#points}}x{{/points}}")))
                .extracting(MessageTemplates.Problem::field, MessageTemplates.Problem::message)
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.toList().get(0)).isEqualTo("body");
                    assertThat((String) problem.toList().get(1)).contains("{{code}}").contains("{{points}}");
                });
        assertThat(MessageTemplates.check(MessageKind.BIRTHDAY, MessageChannel.EMAIL,
                new TemplateText("Hallo {{firstName", "x")))
                .extracting(MessageTemplates.Problem::field).containsExactly("subject");
        assertThat(MessageTemplates.check(MessageKind.BIRTHDAY, MessageChannel.EMAIL, new TemplateText(" ", "")))
                .extracting(MessageTemplates.Problem::field).containsExactly("subject", "body");
        assertThat(MessageTemplates.check(MessageKind.REWARD_UNLOCKED, MessageChannel.EMAIL,
                new TemplateText("{{rewardName}}", "{{code}} {{points}} {{businessName}}"))).isEmpty();
    }

    @Test
    void everyDefaultTemplateIsValidAndBothLanguagesExist() {
        for (MessageKind kind : MessageKind.values()) {
            assertThat(DefaultTemplates.supports(kind, MessageChannel.EMAIL)).as(kind + " by email").isTrue();
            for (MessageChannel channel : MessageChannel.values()) {
                if (!DefaultTemplates.supports(kind, channel)) {
                    continue;
                }
                for (String language : new String[]{"de", "en"}) {
                    TemplateText text = DefaultTemplates.of(kind, channel, language).orElseThrow();
                    assertThat(MessageTemplates.check(kind, channel, text)).as(kind + " " + channel + " " + language)
                            .isEmpty();
                }
                assertThat(DefaultTemplates.of(kind, channel, "de")).isNotEqualTo(DefaultTemplates.of(kind, channel, "en"));
            }
        }
    }
}
