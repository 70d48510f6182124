package org.rehablawbot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Options every command takes: {@code --config FILE} and {@code --knowledge DIR}. Mixed into each command. */
public final class CommonOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: config/application.yaml when present)")
    Path config;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge folder (overrides knowledge.dir)")
    Path knowledge;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the index and logs (overrides data.dir)")
    Path data;

    /** Loads the settings with these options applied last, and sets the log level. */
    public Settings settings() {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (knowledge != null) {
            overrides.put("knowledge.dir", knowledge.toString());
        }
        if (data != null) {
            overrides.put("data.dir", data.toString());
        }
        Settings settings = SettingsLoader.load(config, overrides);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(settings.get("log.level"), Level.INFO));
        return settings;
    }
}
