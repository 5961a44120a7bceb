package de.stammkunde.shared.config;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values of all {@link Setting}s, resolved once from an environment. Secrets never leave
 * this class in clear text except through {@link #get(Setting)}.
 */
public final class Settings {

    static final String MASK = "****";
    /** What an empty secret prints: there is nothing to hide, and "****" would suggest a value. */
    static final String NOT_SET = "(not set)";

    private final Map<Setting, String> values;

    private Settings(Map<Setting, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings fromEnvironment() {
        return from(System::getenv);
    }

    public static Settings from(Function<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        return new Settings(Stream.of(Setting.values()).collect(Collectors.toMap(
                Function.identity(),
                setting -> valueOrDefault(environment.apply(setting.variable()), setting.defaultValue()))));
    }

    private static String valueOrDefault(String value, String defaultValue) {
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    public String get(Setting setting) {
        return values.get(setting);
    }

    /** One line per setting, in declaration order, secrets masked: what start-up logs. */
    public String describe() {
        return Stream.of(Setting.values())
                .map(setting -> setting.variable() + "=" + printable(setting))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private String printable(Setting setting) {
        String value = values.get(setting);
        if (!setting.secret()) {
            return value;
        }
        if (value.isEmpty()) {
            return NOT_SET;
        }
        return value.equals(setting.defaultValue()) ? MASK + " (development default)" : MASK;
    }
}
