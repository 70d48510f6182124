package org.rehablawbot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rehablawbot.answer.Composer;
import org.rehablawbot.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses the composer the settings ask for. */
public final class Composers {

    private static final Logger LOG = LoggerFactory.getLogger(Composers.class);

    private Composers() {
    }

    /**
     * The composer for {@code llm.provider}: {@code extractive} itself for {@code none}, else an
     * {@link LlmComposer} on the configured model that falls back to {@code extractive}. Sends no request.
     *
     * @throws org.rehablawbot.config.ConfigException when the provider lacks a setting it needs; the message
     *                                                names the environment variable
     */
    public static Composer fromSettings(Settings settings, Composer extractive) {
        Optional<LlmConfig> config = LlmConfig.from(settings);
        if (config.isEmpty()) {
            return extractive;
        }
        LlmConfig c = config.get();
        List<String> secrets = new ArrayList<>();
        if (c.apiKey() != null) {
            secrets.add(c.apiKey());
        }
        LOG.info("answers phrased by the language model {}, checked against the passages, extractive fallback", c);
        return new LlmComposer(c.chatModel(), extractive, c.timeout(), settings.intValue("answer.max_citations"),
                secrets);
    }
}
