package de.stammkunde.messaging.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The wording every business starts with, in German and English, for every kind; SMS wording for
 * the kinds that may go by SMS. A business's own template replaces the default for its kind,
 * channel and language.
 */
public final class DefaultTemplates {

    private record Key(MessageKind kind, MessageChannel channel, String language) {
    }

    private static final Map<Key, TemplateText> DEFAULTS = Map.ofEntries(
            email(MessageKind.APPOINTMENT_CONFIRMATION, "de", "Ihr Termin am {{appointmentStart}}", """
                    Hallo {{firstName}},

                    wir bestätigen Ihren Termin „{{sessionType}}“ am {{appointmentStart}}.

                    Wir freuen uns auf Sie!
                    {{businessName}}"""),
            email(MessageKind.APPOINTMENT_CONFIRMATION, "en", "Your appointment on {{appointmentStart}}", """
                    Hello {{firstName}},

                    we confirm your appointment "{{sessionType}}" on {{appointmentStart}}.

                    We look forward to seeing you!
                    {{businessName}}"""),
            email(MessageKind.APPOINTMENT_REMINDER, "de", "Erinnerung: Ihr Termin am {{appointmentStart}}", """
                    Hallo {{firstName}},

                    wir erinnern Sie an Ihren Termin „{{sessionType}}“ am {{appointmentStart}}.

                    Bis bald!
                    {{businessName}}"""),
            email(MessageKind.APPOINTMENT_REMINDER, "en", "Reminder: your appointment on {{appointmentStart}}", """
                    Hello {{firstName}},

                    this is a reminder of your appointment "{{sessionType}}" on {{appointmentStart}}.

                    See you soon!
                    {{businessName}}"""),
            email(MessageKind.APPOINTMENT_CANCELLATION, "de", "Ihr Termin am {{appointmentStart}} wurde abgesagt", """
                    Hallo {{firstName}},

                    Ihr Termin „{{sessionType}}“ am {{appointmentStart}} wurde abgesagt.
                    Für einen neuen Termin sind wir gern für Sie da.

                    {{businessName}}"""),
            email(MessageKind.APPOINTMENT_CANCELLATION, "en", "Your appointment on {{appointmentStart}} was cancelled", """
                    Hello {{firstName}},

                    your appointment "{{sessionType}}" on {{appointmentStart}} was cancelled.
                    We are happy to find a new date with you.

                    {{businessName}}"""),
            email(MessageKind.BIRTHDAY, "de", "Alles Gute zum Geburtstag, {{firstName}}!", """
                    Liebe/r {{firstName}},

                    das ganze Team von {{businessName}} wünscht Ihnen alles Gute zum Geburtstag!"""),
            email(MessageKind.BIRTHDAY, "en", "Happy birthday, {{firstName}}!", """
                    Dear {{firstName}},

                    everyone at {{businessName}} wishes you a very happy birthday!"""),
            email(MessageKind.NEWSLETTER, "de", "Neuigkeiten von {{businessName}}", """
                    Hallo {{firstName}},

                    hier sind unsere Neuigkeiten.

                    {{businessName}}"""),
            email(MessageKind.NEWSLETTER, "en", "News from {{businessName}}", """
                    Hello {{firstName}},

                    here is what is new.

                    {{businessName}}"""),
            email(MessageKind.REWARD_UNLOCKED, "de", "Herzlichen Glückwunsch! {{rewardName}} freigeschaltet", """
                    Hallo {{firstName}},

                    Herzlichen Glückwunsch! {{description}}
                    {{#code}}Ihr Code: {{code}}{{/code}}

                    Ihr Punktestand: {{points}}
                    {{businessName}}"""),
            email(MessageKind.REWARD_UNLOCKED, "en", "Congratulations! {{rewardName}} unlocked", """
                    Hello {{firstName}},

                    Congratulations! {{description}}
                    {{#code}}Your code: {{code}}{{/code}}

                    Your points: {{points}}
                    {{businessName}}"""),
            email(MessageKind.CONSENT_REQUEST, "de", "{{businessName}}: Ihre Einwilligungen", """
                    Hallo {{firstName}},

                    bitte teilen Sie uns mit, wie wir Sie kontaktieren dürfen:
                    {{link}}

                    Der Link ist bis {{validUntil}} gültig.
                    {{businessName}}"""),
            email(MessageKind.CONSENT_REQUEST, "en", "{{businessName}}: your consent", """
                    Hello {{firstName}},

                    please let us know how we may contact you:
                    {{link}}

                    The link is valid until {{validUntil}}.
                    {{businessName}}"""),
            email(MessageKind.MARKETING_CONFIRMATION, "de", "Bitte bestätigen Sie Ihre Anmeldung", """
                    Hallo {{firstName}},

                    Sie möchten Neuigkeiten und Angebote von {{businessName}} per E-Mail erhalten.
                    Bitte bestätigen Sie das mit einem Klick:
                    {{link}}

                    Wenn Sie das nicht waren, ignorieren Sie diese E-Mail einfach."""),
            email(MessageKind.MARKETING_CONFIRMATION, "en", "Please confirm your subscription", """
                    Hello {{firstName}},

                    you asked to receive news and offers from {{businessName}} by email.
                    Please confirm with one click:
                    {{link}}

                    If this was not you, simply ignore this email."""),
            email(MessageKind.REPERMISSION, "de", "{{businessName}}: Bitte bestätigen Sie Ihre Einwilligungen", """
                    Hallo {{firstName}},

                    wir möchten sicherstellen, dass wir Sie weiterhin kontaktieren dürfen.
                    Bitte bestätigen oder ändern Sie Ihre Einwilligungen hier:
                    {{link}}

                    Der Link ist bis {{validUntil}} gültig.
                    {{businessName}}"""),
            email(MessageKind.REPERMISSION, "en", "{{businessName}}: please confirm your consent", """
                    Hello {{firstName}},

                    we would like to make sure we may still contact you.
                    Please confirm or change your consent here:
                    {{link}}

                    The link is valid until {{validUntil}}.
                    {{businessName}}"""),
            sms(MessageKind.APPOINTMENT_CONFIRMATION, "de",
                    "{{businessName}}: Ihr Termin {{sessionType}} am {{appointmentStart}} ist gebucht."),
            sms(MessageKind.APPOINTMENT_CONFIRMATION, "en",
                    "{{businessName}}: your appointment {{sessionType}} on {{appointmentStart}} is booked."),
            sms(MessageKind.APPOINTMENT_REMINDER, "de",
                    "{{businessName}}: Erinnerung an Ihren Termin am {{appointmentStart}}."),
            sms(MessageKind.APPOINTMENT_REMINDER, "en",
                    "{{businessName}}: reminder of your appointment on {{appointmentStart}}."),
            sms(MessageKind.APPOINTMENT_CANCELLATION, "de",
                    "{{businessName}}: Ihr Termin am {{appointmentStart}} wurde abgesagt."),
            sms(MessageKind.APPOINTMENT_CANCELLATION, "en",
                    "{{businessName}}: your appointment on {{appointmentStart}} was cancelled."),
            sms(MessageKind.CONSENT_REQUEST, "de", "{{businessName}}: Bitte geben Sie Ihre Einwilligungen an: {{link}}"),
            sms(MessageKind.CONSENT_REQUEST, "en", "{{businessName}}: please tell us how we may contact you: {{link}}"),
            sms(MessageKind.REPERMISSION, "de", "{{businessName}}: Bitte bestätigen Sie Ihre Einwilligungen: {{link}}"),
            sms(MessageKind.REPERMISSION, "en", "{{businessName}}: please confirm your consent: {{link}}"));

    private DefaultTemplates() {
    }

    /** The default wording; German when the language has none. Empty when the kind does not go by the channel. */
    public static Optional<TemplateText> of(MessageKind kind, MessageChannel channel, String language) {
        TemplateText text = DEFAULTS.get(new Key(kind, channel, language));
        if (text == null) {
            text = DEFAULTS.get(new Key(kind, channel, "de"));
        }
        return Optional.ofNullable(text);
    }

    /** Whether the kind can be sent on the channel at all. */
    public static boolean supports(MessageKind kind, MessageChannel channel) {
        return DEFAULTS.containsKey(new Key(kind, channel, "de"));
    }

    private static Map.Entry<Key, TemplateText> email(MessageKind kind, String language, String subject, String body) {
        return Map.entry(new Key(kind, MessageChannel.EMAIL, language), new TemplateText(subject, body));
    }

    private static Map.Entry<Key, TemplateText> sms(MessageKind kind, String language, String body) {
        return Map.entry(new Key(kind, MessageChannel.SMS, language), new TemplateText(null, body));
    }
}
