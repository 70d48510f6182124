package org.rehablawbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.telegram.FakeBotApiServer.Request;

/**
 * Exactly one answer per question across a crash: the bot runs as a child JVM ({@link BotProcess}) against the
 * fake Bot API server; a burst of questions (each from its own chat) is pushed; after some answers the process is
 * killed ({@code kill -9}, or SIGTERM for a normal stop) and started again on the same data folder; then every
 * question must be answered, none twice. The figures are printed.
 */
class TelegramCrashRecoveryTest {


    @TempDir
    Path data;

    @Test
    void killNineInTheMiddleOfABurstLosesNoQuestion() throws Exception {
        run(true, 1_000_000, 1_200, 10);
    }

    @Test
    void aNormalStopInTheMiddleOfABurstLosesNoQuestion() throws Exception {
        run(false, 2_000_000, 400, 100);
    }

    /**
     * @param questions   the burst, one question a chat
     * @param composeMillis how long the bot takes to compose each answer (4 workers)
     */
    private void run(boolean kill, long firstChat, int questions, long composeMillis) throws Exception {
        final int QUESTIONS = questions;
        try (FakeBotApiServer server = new FakeBotApiServer(BotHarness.TOKEN, 200)) {
            Process first = launch(server, "first", composeMillis);
            List<ObjectNode> burst = new ArrayList<>();
            for (int i = 0; i < QUESTIONS; i++) {
                burst.add(TestUpdates.privateText(firstChat + i, "What does the law say? #" + i));
            }
            server.pushAll(burst);
            int stopAfter = QUESTIONS / 4;
            server.await(all -> answered(all, firstChat, QUESTIONS).size() >= stopAfter, Duration.ofSeconds(60), stopAfter + " answers");
            if (kill) {
                first.destroyForcibly();
            } else {
                first.destroy();
            }
            assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the bot process ended");
            int beforeRestart = answered(server.requests(), firstChat, QUESTIONS).size();
            Process second = launch(server, "second", composeMillis);
            try {
                server.await(all -> answered(all, firstChat, QUESTIONS).keySet().size() >= QUESTIONS, Duration.ofSeconds(120),
                        "an answer to every question");
                Thread.sleep(1_500);
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
            Map<Long, Integer> perChat = answered(server.requests(), firstChat, QUESTIONS);
            int lost = QUESTIONS - perChat.size();
            int twice = (int) perChat.values().stream().filter(n -> n > 1).count();
            System.out.printf("crash test: burst of %d questions, %s after %d answers (%d answered when the process"
                            + " ended), restarted: lost %d, answered twice %d%n", QUESTIONS, kill ? "kill -9" : "SIGTERM",
                    stopAfter, beforeRestart, lost, twice);
            assertEquals(0, lost, "questions never answered");
            // with kill -9, a message sent in the instant before its update was marked finished is sent again
            assertTrue(twice <= (kill ? 8 : 0), twice + " questions answered twice");
        }
    }

    /** Answers (messages with the feedback buttons) per chat of the burst. */
    static Map<Long, Integer> answered(List<Request> all, long firstChat, int QUESTIONS) {
        Map<Long, Integer> out = new HashMap<>();
        for (Request r : all) {
            if (r.method().equals("sendMessage") && r.status() == 200 && r.chatId() >= firstChat
                    && r.chatId() < firstChat + QUESTIONS) {
                out.merge(r.chatId(), 1, Integer::sum);
            }
        }
        return out;
    }

    private Process launch(FakeBotApiServer server, String name, long composeMillis) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", classpath, BotProcess.class.getName(),
                server.url(), data.toString(), Long.toString(composeMillis));
        pb.environment().put("CLASSPATH", classpath);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Path log = data.resolve(name + ".log");
        List<String> lines = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.equals("READY")) {
                break;
            }
            if (System.nanoTime() > end) {
                break;
            }
        }
        if (!lines.contains("READY")) {
            p.destroyForcibly();
            throw new AssertionError("the bot process did not start:\n" + String.join("\n", lines));
        }
        // keep draining its output so it never blocks on a full pipe
        Thread drain = new Thread(() -> {
            try (var w = java.nio.file.Files.newBufferedWriter(log)) {
                String l;
                while ((l = out.readLine()) != null) {
                    w.write(l);
                    w.newLine();
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        }, "drain-" + name);
        drain.setDaemon(true);
        drain.start();
        return p;
    }
}
