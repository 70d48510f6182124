package org.rehablawbot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every command takes: {@code --config FILE}, {@code --knowledge DIR} and {@code --data DIR}. Mixed into
 * each command; an option given before the command's name ({@code rehab-law-bot --data /tmp/d index}) counts too
 * when the command does not give it itself.
 */
public final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: config/application.yaml when present)")
    Path config;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge folder (overrides knowledge.dir)")
    Path knowledge;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the index and logs (overrides data.dir)")
    Path data;

    /** Loads the settings with these options applied last, and sets the log level. */
    public Settings settings() {
        CommonOptions parent = parent();
        Path knowledge = this.knowledge != null || parent == null ? this.knowledge : parent.knowledge;
        Path data = this.data != null || parent == null ? this.data : parent.data;
        Path config = this.config != null || parent == null ? this.config : parent.config;
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

    /** The options of the top command, when this command is a subcommand; else null. */
    private CommonOptions parent() {
        if (mixee == null || mixee.parent() == null) {
            return null;
        }
        for (CommandSpec mixin : mixee.parent().mixins().values()) {
            if (mixin.userObject() instanceof CommonOptions options && options != this) {
                return options;
            }
        }
        return null;
    }
}
