package org.rehablawbot.telegram;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.retrieve.Conversation;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * What the bot remembers between messages, in memory and bounded (the oldest entries go first): each chat's
 * chosen language, each conversation's previous question, recent answers by a short id (for the buttons under
 * them), which question each of the bot's recent group messages answered, and which messages have had their
 * quotes shown. Thread-safe.
 */
final class ChatMemory {

    /** An answer the bot sent, kept so its buttons can show quotes and record feedback. */
    record StoredAnswer(String question, Answer answer, String chatType) {
    }

    /** Longest previous question kept; longer ones are cut (the answer pipeline reads no more than this). */
    static final int MAX_QUESTION_CHARS = 1000;

    private final Language defaultLanguage;
    private final Lru<Long, Language> languages;
    private final Lru<String, Conversation> conversations;
    private final Lru<String, StoredAnswer> answers;
    private final Lru<String, Set<Long>> votes;
    private final Lru<String, String> botMessages;
    private final Lru<String, Boolean> quotesShown;
    private final int maxAnswers;
    private final String idPrefix;
    private final AtomicLong nextId = new AtomicLong();

    /**
     * @param maxChats   chats whose previous question is kept; ten times as many keep their chosen language
     * @param maxAnswers answers kept for their buttons
     */
    ChatMemory(Language defaultLanguage, int maxChats, int maxAnswers) {
        this.defaultLanguage = defaultLanguage;
        this.languages = new Lru<>(maxChats * 10);
        this.conversations = new Lru<>(maxChats);
        this.answers = new Lru<>(maxAnswers);
        this.votes = new Lru<>(maxAnswers);
        this.botMessages = new Lru<>(maxAnswers);
        this.quotesShown = new Lru<>(maxAnswers);
        this.maxAnswers = maxAnswers;
        // a fresh prefix per start, so buttons left from before a restart never point at another answer
        SecureRandom random = new SecureRandom();
        this.idPrefix = Long.toString(36L * 36 * 36 + random.nextInt(36 * 36 * 36 * 35), 36);
    }

    /**
     * The chat's language: the one chosen with /lang, else the one the user's Telegram app is set to (Russian for
     * ru and the languages of the region where Russian is widely read: be, uk, kk, ky, uz, tg, tk), else the
     * configured default.
     */
    Language language(long chatId, User from) {
        Language chosen = languages.get(chatId);
        if (chosen != null) {
            return chosen;
        }
        return userLanguage(from);
    }

    /** The language of a user's Telegram app, as above, without any chat choice. */
    Language userLanguage(User from) {
        return from == null ? defaultLanguage : fromLanguageCode(from.getLanguageCode()).orElse(defaultLanguage);
    }

    static Optional<Language> fromLanguageCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        if (dash > 0) {
            c = c.substring(0, dash);
        }
        return switch (c) {
            case "ru", "be", "uk", "kk", "ky", "uz", "tg", "tk" -> Optional.of(Language.RU);
            case "en" -> Optional.of(Language.EN);
            default -> Optional.empty();
        };
    }

    void chooseLanguage(long chatId, Language language) {
        languages.put(chatId, language);
    }

    /** What the conversation remembers: its previous question as completed and its opening question. */
    Conversation conversation(String conversation) {
        Conversation c = conversations.get(conversation);
        return c == null ? Conversation.NEW : c;
    }

    /** Keeps what the conversation remembers, each question cut to {@link #MAX_QUESTION_CHARS}. */
    void remember(String conversation, Conversation remembered) {
        conversations.put(conversation, new Conversation(cut(remembered.context()), cut(remembered.opening())));
    }

    private static String cut(String q) {
        if (q == null || q.length() <= MAX_QUESTION_CHARS) {
            return q;
        }
        int cut = Character.isHighSurrogate(q.charAt(MAX_QUESTION_CHARS - 1)) ? MAX_QUESTION_CHARS - 1 : MAX_QUESTION_CHARS;
        return q.substring(0, cut);
    }

    /** Keeps an answer and returns its short id (a few characters, for callback data). */
    String storeAnswer(StoredAnswer answer) {
        String id = idPrefix + Long.toString(nextId.incrementAndGet(), 36);
        answers.put(id, answer);
        return id;
    }

    Optional<StoredAnswer> answer(String id) {
        return Optional.ofNullable(answers.get(id));
    }

    /** Records that {@code userId} voted on answer {@code id}; false when they already had. */
    boolean firstVote(String id, long userId) {
        synchronized (votes) {
            Set<Long> voters = votes.get(id);
            if (voters == null) {
                voters = new HashSet<>();
                votes.put(id, voters);
            }
            return voters.add(userId);
        }
    }

    /** How many answers are kept for their buttons. */
    int maxAnswers() {
        return maxAnswers;
    }

    /**
     * Records that the quotes of message {@code messageId} in chat {@code chatId} are being shown; false when they
     * already were (a repeated tap on "Quotes").
     */
    boolean firstQuotes(long chatId, int messageId) {
        synchronized (quotesShown) {
            String key = chatId + ":" + messageId;
            if (quotesShown.get(key) != null) {
                return false;
            }
            quotesShown.put(key, Boolean.TRUE);
            return true;
        }
    }

    /** Undoes {@link #firstQuotes} when the quotes could not be sent after all. */
    void forgetQuotes(long chatId, int messageId) {
        quotesShown.remove(chatId + ":" + messageId);
    }

    void rememberBotMessage(long chatId, int messageId, String question) {
        botMessages.put(chatId + ":" + messageId, question);
    }

    /** The question a message of the bot's answered, or null when not remembered. */
    String questionOf(long chatId, int messageId) {
        return botMessages.get(chatId + ":" + messageId);
    }

    /** A map keeping its {@code max} most recently used entries. */
    static final class Lru<K, V> {
        private final Map<K, V> map;

        Lru(int max) {
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > max;
                }
            };
        }

        synchronized V get(K key) {
            return map.get(key);
        }

        synchronized void put(K key, V value) {
            map.put(key, value);
        }

        synchronized void remove(K key) {
            map.remove(key);
        }

        synchronized int size() {
            return map.size();
        }
    }
}
