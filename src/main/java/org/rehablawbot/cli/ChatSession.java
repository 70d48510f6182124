package org.rehablawbot.cli;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.answer.Messages;
import org.rehablawbot.knowledge.KnowledgeParser;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.render.TextRenderer;
import org.rehablawbot.retrieve.Conversation;

/**
 * One console conversation: turns each line the user types into the reply to print. Shared by the terminal
 * chat (JLine) and the piped one, so both behave alike.
 *
 * <p>Commands: {@code /help}, {@code /sources} (the documents the knowledge holds, as the Telegram bot's
 * {@code /sources}), {@code /quotes} (the passages the last answer quotes, with their sources), {@code /lang en|ru},
 * {@code /quit}. An unknown {@code /x} gets a hint naming the closest command. A greeting ("hello", "привет") gets
 * the help; "quit", "exit", "выход" end the chat. A question over {@link AnswerEngine#MAX_QUESTION_CHARS}
 * characters is answered from its beginning, with a notice saying where it was cut. Anything else is a question;
 * a short one continues the previous question ("and in Kazakhstan?").
 *
 * <p>Not thread-safe: one conversation, one thread.
 */
public final class ChatSession {

    /** The chat's commands, in the order the help lists them. */
    static final List<String> COMMANDS = List.of("/help", "/sources", "/quotes", "/lang", "/quit");

    private static final Set<String> GREETINGS = Set.of("hello", "hi", "hey", "hallo", "good morning",
            "good afternoon", "good evening", "start", "привет", "здравствуйте", "здравствуй", "добрый день",
            "доброе утро", "добрый вечер", "салам", "салем", "hello bot", "hi bot", "привет бот");
    private static final Set<String> FAREWELLS = Set.of("quit", "exit", "bye", "goodbye", "q", "выход", "выйти",
            "пока", "до свидания");

    /** What to print for one line, and whether the chat ends after it. */
    public record Reply(String text, boolean quit) {
        static Reply say(String text) {
            return new Reply(text, false);
        }
    }

    private final AnswerService service;
    private Language language;
    private Conversation conversation = Conversation.NEW;
    private Answer last;

    /**
     * @param service  answers the questions
     * @param language the language of the help and of commands before the first question; null for English
     */
    public ChatSession(AnswerService service, Language language) {
        this.service = service;
        this.language = language == null ? Language.EN : language;
    }

    /** The language of the conversation now: the last question's, or the one set with {@code /lang}. */
    public Language language() {
        return language;
    }

    /**
     * The reply to one line the user typed (or pasted: line breaks count as spaces).
     *
     * @return the reply, or null for a blank line (nothing to print)
     */
    public Reply handle(String line) {
        String text = line == null ? "" : line.replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.startsWith("/")) {
            return command(text);
        }
        String plain = normalise(text);
        if (FAREWELLS.contains(plain)) {
            return new Reply(isCyrillic(text) ? "До свидания." : "Goodbye.", true);
        }
        if (GREETINGS.contains(plain)) {
            language = isCyrillic(text) ? Language.RU : isLatin(text) ? Language.EN : language;
            return Reply.say((language == Language.RU ? "Здравствуйте! " : "Hello! ") + help(language));
        }
        return Reply.say(answer(text));
    }

    private String answer(String text) {
        String asked = AnswerEngine.truncate(text);
        last = service.answer(text, conversation.previousFor(asked), language);
        language = last.language();
        conversation = conversation.after(asked);
        String rendered = TextRenderer.render(last);
        return asked.length() < text.length() ? cutNotice(text, asked, language) + "\n\n" + rendered : rendered;
    }

    /** Says that a long message was cut, where, and what to do about the rest. */
    static String cutNotice(String text, String asked, Language language) {
        String end = tail(asked, 8);
        String rest = text.substring(asked.length()).strip();
        String restStart = head(rest, 8);
        String n = String.format(Locale.ROOT, "%,d", text.length());
        String max = String.format(Locale.ROOT, "%,d", AnswerEngine.MAX_QUESTION_CHARS);
        String restLength = String.format(Locale.ROOT, "%,d", rest.length());
        return language == Language.RU
                ? "Сообщение длиной " + n.replace(',', ' ') + " знаков обрезано: ответ дан на первые " + max.replace(',', ' ')
                        + " знаков, до слов «…" + end + "». Остальные " + restLength.replace(',', ' ') + " знаков (с «" + restStart
                        + "…») не прочитаны: задайте вопрос оттуда отдельным сообщением."
                : "Your message has " + n + " characters and was cut: this answers its first " + max
                        + ", up to \"…" + end + "\". The other " + restLength + " characters (from \"" + restStart
                        + "…\") were not read: send a question from there as a message of its own.";
    }

    private static String tail(String s, int words) {
        String[] w = s.strip().split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - words), w.length));
    }

    private static String head(String s, int words) {
        String[] w = s.strip().split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(words, w.length)));
    }

    private Reply command(String text) {
        String[] parts = text.split(" ", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (name) {
            case "/quit", "/exit", "/q" -> {
                return new Reply(language == Language.RU ? "До свидания." : "Goodbye.", true);
            }
            case "/help", "/start", "/?" -> {
                return Reply.say(help(language));
            }
            case "/sources" -> {
                return Reply.say(knownDocuments(service.sources(), language));
            }
            case "/quotes" -> {
                return Reply.say(last == null || last.citations().isEmpty()
                        ? Messages.noSourcesYet(language) : TextRenderer.sourceDetails(last));
            }
            case "/lang" -> {
                return Reply.say(lang(arg));
            }
            default -> {
                return Reply.say(unknown(name));
            }
        }
    }

    private String lang(String arg) {
        if (arg.isEmpty()) {
            return language == Language.RU
                    ? "Язык ответов: русский. /lang en — английский, /lang ru — русский. Вопрос кириллицей всегда "
                            + "получает ответ по-русски, латиницей — по-английски."
                    : "Answer language: English. /lang en sets English, /lang ru Russian. A question in Cyrillic is "
                            + "always answered in Russian, one in Latin letters in English.";
        }
        return Language.fromCode(arg).map(l -> {
            language = l;
            return l == Language.RU ? "Язык ответов: русский." : "Answer language: English.";
        }).orElse(language == Language.RU
                ? "Неизвестный язык «" + arg + "»: есть en и ru, например /lang ru."
                : "Unknown language \"" + arg + "\": choose en or ru, e.g. /lang en.");
    }

    private String unknown(String name) {
        String closest = closest(name);
        String commands = String.join(", ", COMMANDS);
        if (language == Language.RU) {
            return "Нет команды " + name + "." + (closest == null ? "" : " Может быть, " + closest + "?")
                    + " Команды: " + commands + ". Вопрос пишите без «/».";
        }
        return "There is no command " + name + "." + (closest == null ? "" : " Did you mean " + closest + "?")
                + " Commands: " + commands + ". Type a question without a \"/\".";
    }

    /** The command within two edits of {@code name}, or null. */
    static String closest(String name) {
        String best = null;
        int bestDistance = 3;
        for (String c : COMMANDS) {
            int d = KnowledgeParser.editDistance(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The chat's help: how to ask, and its commands. */
    public static String help(Language language) {
        return language == Language.RU
                ? "Введите вопрос и нажмите Enter; короткий вопрос вроде «а в Казахстане?» продолжает предыдущий. "
                        + "Команды: /sources — документы, которые я знаю; /quotes — цитаты, на которые ссылается "
                        + "последний ответ; /lang en|ru — язык ответов; /help — эта справка; /quit — выход (или Ctrl+D)."
                : "Type a question and press Enter; a short one such as \"and in Kazakhstan?\" continues the previous "
                        + "question. Commands: /sources lists the documents I know; /quotes shows the passages the "
                        + "last answer quotes; /lang en|ru sets the answer language; /help shows this text; /quit "
                        + "ends the chat (or Ctrl+D).";
    }

    /**
     * The documents the knowledge holds, one line each, newest first, as the Telegram bot's {@code /sources}:
     * title, publisher, kind, date, jurisdictions and address; a document in both languages is listed once, in
     * {@code language} where it has it.
     */
    static String knownDocuments(List<SourceMeta> sources, Language language) {
        Map<String, SourceMeta> byId = new LinkedHashMap<>();
        for (SourceMeta s : sources) {
            SourceMeta seen = byId.get(s.id());
            if (seen == null || (seen.language() != language && s.language() == language)) {
                byId.put(s.id(), s);
            }
        }
        List<SourceMeta> docs = new ArrayList<>(byId.values());
        docs.sort(Comparator.comparing(SourceMeta::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SourceMeta::title, Comparator.nullsLast(Comparator.naturalOrder())));
        StringBuilder sb = new StringBuilder(language == Language.RU
                ? "Документы, которые я знаю (" + docs.size() + "):" : "Documents I know (" + docs.size() + "):");
        if (docs.isEmpty()) {
            sb.append('\n').append(language == Language.RU ? "База знаний пуста." : "The knowledge folder is empty.");
        }
        for (SourceMeta s : docs) {
            sb.append("\n• ").append(s.title()).append(" — ").append(s.publisher() == null ? "" : s.publisher())
                    .append(" (").append(s.kind() == null ? "" : s.kind().label(language));
            if (s.date() != null) {
                sb.append(", ").append(s.date().display(language));
            }
            if (!s.jurisdictions().isEmpty()) {
                sb.append(", ").append(String.join("/", s.jurisdictions()));
            }
            sb.append(')');
            if (s.language() != null && s.language() != language) {
                sb.append(" [").append(s.language().code()).append(']');
            }
            if (s.url() != null && !s.url().isBlank()) {
                sb.append(' ').append(s.url());
            }
        }
        return sb.toString();
    }

    private static String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return t.replaceAll("[\\p{Punct}«»…—–]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static boolean isLatin(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
