package org.rehablawbot.config;

import java.util.List;

/**
 * The definition of one configuration setting: its key in {@code config/application.yaml}, the environment
 * variable that overrides it, its default, and the values it accepts.
 *
 * @param key         dotted key, e.g. {@code telegram.api_url}
 * @param env         environment variable that overrides the file, e.g. {@code TELEGRAM_API_URL}
 * @param type        how the value is checked
 * @param defaultValue the value when neither file nor environment sets it, as text ("" for none)
 * @param allowed     for {@link Type#CHOICE}, the allowed values
 * @param meaning     one line for the README table
 */
public record Setting(String key, String env, Type type, String defaultValue, List<String> allowed, String meaning) {

    /** How a setting's value is checked and converted. */
    public enum Type { STRING, PATH, URL, INT, CHOICE, ID_LIST, DOUBLE }

    public Setting {
        allowed = List.copyOf(allowed);
    }

    /** A human description of the values this setting accepts, for error messages. */
    public String allowedDescription() {
        return switch (type) {
            case CHOICE -> "one of " + String.join(", ", allowed);
            case INT -> "a whole number from " + allowed.get(0) + " to " + allowed.get(1);
            case DOUBLE -> "a number from " + allowed.get(0) + " to " + allowed.get(1);
            case URL -> "an http:// or https:// address";
            case ID_LIST -> "a comma separated list of numeric Telegram user ids";
            case PATH -> "a file system path";
            case STRING -> "any text";
        };
    }
}
