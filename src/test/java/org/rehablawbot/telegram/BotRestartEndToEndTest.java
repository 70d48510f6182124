package org.rehablawbot.telegram;

import static org.rehablawbot.telegram.FakeBotApiServer.messagesTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.cli.BotCommand;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.telegram.FakeBotApiServer.Request;

/**
 * A restart after the knowledge folder changed (or a reload was cut short by a crash): the bot starts polling at
 * once on the index as last committed and answers from it while the reload embeds the changed files in the
 * background; afterwards the new files are answerable.
 */
class BotRestartEndToEndTest {

    @TempDir
    Path tmp;

    static String doc(String id, String jurisdiction, String paragraphs) {
        return "---\nid: " + id + "\ntitle: Test document " + id + "\nkind: news\npublisher: Test Agency\n"
                + "date: 2024-11-20\njurisdiction: " + jurisdiction + "\nlanguage: en\n---\n\n# Test\n\n" + paragraphs + "\n";
    }


    @Test
    void aRestartAnswersFromThePreviousIndexWhileTheReloadRuns() throws Exception {
        Path knowledge = tmp.resolve("knowledge");
        Files.createDirectories(knowledge.resolve("kg"));
        Files.writeString(knowledge.resolve("kg/law.en.md"),
                doc("law", "KG", "The Zhogorku Kenesh of Kyrgyzstan passed the rehabilitation law on 20 November 2024."));
        try (FakeBotApiServer server = new FakeBotApiServer(BotHarness.TOKEN, 200)) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("TELEGRAM_BOT_TOKEN", BotHarness.TOKEN);
            env.put("TELEGRAM_API_URL", server.url());
            env.put("DATA_DIR", tmp.resolve("data").toString());
            env.put("KNOWLEDGE_DIR", knowledge.toString());
            Settings settings = SettingsLoader.load(null, env, Map.of());
            // the previous run built the index
            KnowledgeIndex.openUpdated(settings, MiniLmEmbedder.shared(), IndexProgress.NONE).close();
            // while the bot was down, many files came in
            Files.createDirectories(knowledge.resolve("uz"));
            for (int i = 0; i < 150; i++) {
                StringBuilder paragraphs = new StringBuilder();
                for (int p = 0; p < 6; p++) {
                    paragraphs.append("Paragraph ").append(p).append(" of decree ").append(i)
                            .append(" on archives of repression in Uzbekistan, registry number ").append(1000 + i * 10 + p)
                            .append(", with the names of victims and the dates of their rehabilitation.\n\n");
                }
                Files.writeString(knowledge.resolve("uz/decree-" + i + ".en.md"), doc("decree-" + i, "UZ", paragraphs.toString()));
            }
            Files.writeString(knowledge.resolve("uz/flamingo.en.md"),
                    doc("flamingo", "UZ", "In 2025 a decree of Uzbekistan created a flamingo registry of rehabilitated victims."));
            BotCommand.Running running = BotCommand.startLive(settings,
                    BotConfig.from(settings).withRetry(new BotApi.Retry(5, 50, 400, 10)));
            try {
                boolean reloadedAtStart = running.live().reloader().last().isPresent();
                server.push(TestUpdates.privateText(7001, "When did Kyrgyzstan pass the rehabilitation law?"));
                List<Request> all = server.await(a -> messagesTo(a, 7001).size() >= 1, Duration.ofSeconds(60), "an answer");
                boolean reloadedWhenAnswered = running.live().reloader().last().isPresent();
                assertTrue(messagesTo(all, 7001).get(0).text().contains("20 November 2024"), messagesTo(all, 7001).get(0).text());
                assertFalse(reloadedAtStart, "the bot started before the reload had finished");
                assertFalse(reloadedWhenAnswered, "the answer came from the previous index while the reload ran");
                long end = System.nanoTime() + Duration.ofSeconds(180).toNanos();
                while (running.live().reloader().last().isEmpty() && System.nanoTime() < end) {
                    Thread.sleep(50);
                }
                server.push(TestUpdates.privateText(7002, "What is the flamingo registry of Uzbekistan?"));
                all = server.await(a -> messagesTo(a, 7002).size() >= 1, Duration.ofSeconds(60), "an answer from the new file");
                assertTrue(messagesTo(all, 7002).get(0).text().contains("flamingo registry"), messagesTo(all, 7002).get(0).text());
            } finally {
                running.close();
            }
        }
    }
}
