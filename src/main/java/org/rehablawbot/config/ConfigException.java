package org.rehablawbot.config;

/** The configuration cannot be used; the message names the key (or file) and the allowed values. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
