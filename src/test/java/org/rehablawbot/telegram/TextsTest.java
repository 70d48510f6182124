package org.rehablawbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rehablawbot.knowledge.Language;

/** The interface texts in their resource bundles, their plural rules, and replies cut to one message. */
class TextsTest {

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryTextAndEachFormats() throws Exception {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        Set<String> enKeys = new TreeSet<>(en.stringPropertyNames());
        Set<String> ruKeys = new TreeSet<>(ru.stringPropertyNames());
        assertEquals(enKeys, ruKeys, "the same keys in both languages");
        for (String key : enKeys) {
            for (Language l : Language.values()) {
                // every pattern formats with the arguments its callers give (numbers, then strings)
                String text = Texts.get(l, key, 7L, 7L, 7L, 1000, "words", 3, "more words");
                assertFalse(text.isBlank(), key);
                assertFalse(text.contains("{") || text.contains("}"), l + " " + key + ": unformatted brace in " + text);
                assertFalse(text.matches("(?s).*(?<!')'(?!').*") && text.contains("''"), key);
            }
        }
        // Russian comes from its own file, not from the JVM's default locale or the English base
        assertTrue(Texts.start(Language.RU).startsWith("Я отвечаю"));
        assertTrue(Texts.start(Language.EN).startsWith("I answer"));
        assertTrue(Texts.unknownCommand(Language.EN).contains("don't"), "apostrophes survive MessageFormat");
    }

    @Test
    void russianHelpSpellsТакжеAsOneWordAndMentionsCaptionsAndPrivacy() {
        String help = Texts.help(Language.RU, "RehabBot");
        assertTrue(help.contains("(также в группах)"), help);
        assertFalse(help.contains("так же в группах"), help);
        assertTrue(help.contains("@RehabBot"), help);
        assertTrue(help.contains("/privacy"), help);
        assertTrue(Texts.help(Language.EN, "RehabBot").contains("a photo's caption"));
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        assertEquals("… and 1 more line", Texts.moreLines(Language.EN, 1));
        assertEquals("… and 1,234 more lines", Texts.moreLines(Language.EN, 1234));
        String[][] ru = {{"1", "строка"}, {"2", "строки"}, {"4", "строки"}, {"5", "строк"}, {"11", "строк"},
                {"12", "строк"}, {"14", "строк"}, {"21", "строка"}, {"22", "строки"}, {"25", "строк"}, {"100", "строк"},
                {"101", "строка"}, {"111", "строк"}, {"112", "строк"}, {"0", "строк"}};
        for (String[] c : ru) {
            String text = Texts.moreLines(Language.RU, Integer.parseInt(c[0]));
            assertTrue(text.endsWith(" " + c[1]), c[0] + ": " + text);
        }
        assertEquals("Cited answer, one source", Texts.inlineAnswerDescription(Language.EN, 1));
        assertEquals("Cited answer, 3 sources", Texts.inlineAnswerDescription(Language.EN, 3));
        assertEquals("Ответ со ссылками: 3 источника", Texts.inlineAnswerDescription(Language.RU, 3));
    }

    @Test
    void theCommandMenuHasPrivacyAndDescriptionsFitTelegramsLimits() {
        assertTrue(Set.of(Texts.COMMANDS).contains("privacy"));
        for (Language l : Language.values()) {
            for (String c : Texts.COMMANDS) {
                String d = Texts.commandDescription(c, l);
                assertTrue(d.length() >= 3 && d.length() <= 256 && !d.equals(c), c + ": " + d);
            }
            assertTrue(Texts.description(l).length() <= BotProfile.MAX_DESCRIPTION, l + " description");
            assertTrue(Texts.shortDescription(l).length() <= BotProfile.MAX_SHORT_DESCRIPTION, l + " short description");
        }
    }

    @Test
    void privacySaysWhatIsStoredAndForHowLong() {
        String en = Texts.privacy(Language.EN, "feedback.jsonl", 2000);
        assertTrue(en.contains("feedback.jsonl"), en);
        assertTrue(en.contains("2,000 answers"), en);
        assertTrue(en.contains("journal") && en.contains("deleted when the journal is next compacted"), en);
        assertTrue(en.contains("audit log"), en);
        assertTrue(en.contains("No name, user id or chat id"), en);
        String ru = Texts.privacy(Language.RU, "feedback.jsonl", 2000);
        assertTrue(ru.contains("feedback.jsonl") && ru.contains("журнал аудита"), ru);
    }

    @Test
    void aLongModeratorReplyIsCutToOneMessageWithTheCountOfLinesLeft() {
        StringBuilder sb = new StringBuilder("Validation found 400 problems:");
        for (int i = 1; i <= 400; i++) {
            sb.append("\nkz/file").append(i).append(".en.md:").append(i).append(": front matter field 'date' is not a date");
        }
        String text = sb.toString();
        assertTrue(text.length() > 4096);
        String cut = OneMessage.fit(text, Language.EN);
        assertTrue(cut.length() <= OneMessage.MAX_CHARS, "length " + cut.length());
        assertTrue(cut.startsWith("Validation found 400 problems:\nkz/file1.en.md:1:"));
        String[] lines = cut.split("\n");
        int shown = lines.length - 2; // the heading and the last line
        assertEquals("… and " + (400 - shown) + " more lines", lines[lines.length - 1]);
        assertTrue(text.startsWith(cut.substring(0, cut.lastIndexOf('\n'))), "whole lines kept, in order");
        // a short reply is left as it is; one very long line is cut inside
        assertEquals("ok", OneMessage.fit("ok", Language.EN));
        String oneLine = "x".repeat(5000);
        String cutLine = OneMessage.fit(oneLine, Language.EN);
        assertTrue(cutLine.length() <= OneMessage.MAX_CHARS && cutLine.endsWith("…"), cutLine.length() + "");
    }

    @Test
    void theCutNoticeSaysHowLongTheQuestionWasAndWhereItWasCut() {
        StringBuilder sb = new StringBuilder("When did Kyrgyzstan adopt its law?");
        for (int i = 0; sb.length() < 2500; i++) {
            sb.append(" word").append(i);
        }
        String question = sb.toString();
        String notice = UpdateRouter.cutNotice(question, Language.EN);
        String read = org.rehablawbot.answer.AnswerEngine.truncate(question);
        String rest = question.substring(read.length()).strip();
        assertTrue(notice.startsWith("Your message has " + String.format("%,d", question.length())
                + " characters and was cut: this answers its first 1,000, up to \"…"), notice);
        String last = notice.substring(notice.indexOf("\"…") + 2, notice.indexOf("\". "));
        assertTrue(read.endsWith(" " + last) && last.split(" ").length == 8, last);
        assertTrue(notice.contains("The other " + String.format("%,d", rest.length()) + " characters (from \""
                + UpdateRouter.words(rest, 8, true) + "…\") were not read"), notice);
        assertTrue(rest.startsWith(UpdateRouter.words(rest, 8, true)));
        String ru = UpdateRouter.cutNotice("Когда " + "слово ".repeat(300), Language.RU);
        java.text.NumberFormat russian = java.text.NumberFormat.getIntegerInstance(Texts.locale(Language.RU));
        assertTrue(ru.startsWith("Сообщение длиной " + russian.format(1805) + " знаков обрезано: ответ дан на первые "
                + russian.format(1000) + " знаков"), ru);
        assertTrue(UpdateRouter.cutNotice("Когда " + "слово ".repeat(299) + "я", Language.RU)
                .startsWith("Сообщение длиной " + russian.format(1801) + " знак обрезано"));
    }

    @Test
    void sourcesPageCallbacksRoundTrip() {
        Callbacks.Parsed p = Callbacks.parse(Callbacks.sourcesPage(7)).orElseThrow();
        assertEquals(Callbacks.Action.SOURCES_PAGE, p.action());
        assertEquals(7, p.page());
        assertTrue(Callbacks.parse("s:x").isEmpty());
        assertTrue(Callbacks.parse("s:-1").isEmpty());
    }

    @Test
    void aLongNoticeToModeratorsIsCutToOneMessage() throws Exception {
        java.util.List<String> texts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        org.telegram.telegrambots.meta.generics.TelegramClient client = org.mockito.Mockito.mock(
                org.telegram.telegrambots.meta.generics.TelegramClient.class, invocation -> {
                    if (invocation.getArguments().length == 1
                            && invocation.getArgument(0) instanceof org.telegram.telegrambots.meta.api.methods.send.SendMessage m) {
                        texts.add(m.getText());
                    }
                    return null;
                });
        BotApi api = new BotApi(client, new RateLimiter(RateLimiter.Limits.NONE), new BotApi.Retry(1, 1, 1, 1), ms -> { });
        StringBuilder notice = new StringBuilder("Knowledge problems; the previous version of each file is kept:");
        for (int i = 0; i < 300; i++) {
            notice.append("\nkz/broken").append(i).append(".en.md:1: no front matter");
        }
        try (TelegramModeratorNotifier notifier = new TelegramModeratorNotifier(api, Set.of(7L))) {
            notifier.notifyModerators(notice.toString());
            long end = System.currentTimeMillis() + 5000;
            while (texts.isEmpty() && System.currentTimeMillis() < end) {
                Thread.sleep(10);
            }
        }
        assertEquals(1, texts.size());
        String sent = texts.get(0);
        assertTrue(sent.length() <= OneMessage.MAX_CHARS, "length " + sent.length());
        assertTrue(sent.startsWith("Knowledge problems;") && sent.matches("(?s).*\\n… and \\d+ more lines"), sent);
    }
}
