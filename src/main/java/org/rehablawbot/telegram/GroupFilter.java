package org.rehablawbot.telegram;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether a group message is addressed to the bot, which works with privacy mode on: {@code /ask
 * question} (also {@code /ask@botname}), a message that mentions the bot ({@code @botname}, found by entities or
 * in the text), or a reply to one of the bot's messages. {@code /help@botname} and {@code /start@botname} get
 * help, {@code /privacy@botname} what the bot keeps, {@code /sources@botname} the documents the bot knows, and
 * {@code /lang@botname} (with {@code en} or {@code ru}, or without to get buttons) sets the group's language; a
 * command naming another bot ({@code /sources@OtherBot}) is not for this one. A photo's (or any media's) caption is read as the text with
 * its caption entities. People who post as a chat are answered like anyone: anonymous group admins (sent
 * {@code from} GroupAnonymousBot with {@code sender_chat} the group) and members posting as a channel
 * ({@code from} Channel_Bot with {@code sender_chat} the channel). Everything else, including other bots'
 * commands, messages from other bots and a channel's posts forwarded automatically into its discussion group, is
 * not for the bot.
 */
final class GroupFilter {

    /** What a group message asks of the bot. */
    enum Kind { ASK, ASK_EMPTY, HELP, PRIVACY, SOURCES, LANG }

    /**
     * @param question the question with the command or mention removed; for LANG the command's argument ("" when
     *                 none); "" for ASK_EMPTY, HELP, PRIVACY and SOURCES
     * @param isReply  true when the message is a reply to one of the bot's messages
     */
    record Request(Kind kind, String question, boolean isReply) {
    }

    private GroupFilter() {
    }

    /** The message's text, else its caption; null when it has neither. */
    static String textOf(Message m) {
        return m.getText() != null ? m.getText() : m.getCaption();
    }

    /** The entities of {@link #textOf}: the text's, or the caption's. */
    static List<MessageEntity> entitiesOf(Message m) {
        return m.getText() != null ? m.getEntities() : m.getCaptionEntities();
    }

    /**
     * True when a person wrote the message: a sender not marked as a bot, or a bot account that stands for a
     * person posting as a chat (it carries {@code sender_chat}: an anonymous admin or a member posting as a
     * channel). A channel's post forwarded automatically into its discussion group is not a person's message.
     */
    static boolean fromAPerson(Message m) {
        if (Boolean.TRUE.equals(m.getIsAutomaticForward())) {
            return false;
        }
        if (m.getFrom() == null) {
            return m.getSenderChat() != null;
        }
        return !Boolean.TRUE.equals(m.getFrom().getIsBot()) || m.getSenderChat() != null;
    }

    /**
     * Who asked, for remembering a conversation: the chat a person posts as ({@code sender_chat}) when there is
     * one, so that each anonymous admin group or channel is one asker, else the user.
     */
    static String askerKey(Message m) {
        if (m.getSenderChat() != null && m.getSenderChat().getId() != null) {
            return "s" + m.getSenderChat().getId();
        }
        return m.getFrom() == null || m.getFrom().getId() == null ? "0" : Long.toString(m.getFrom().getId());
    }

    static Optional<Request> addressed(Message m, BotIdentity me) {
        String text = textOf(m);
        if (text == null || !fromAPerson(m)) {
            return Optional.empty();
        }
        boolean isReply = m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null
                && m.getReplyToMessage().getFrom().getId() != null && m.getReplyToMessage().getFrom().getId() == me.id();
        Optional<Command> command = Command.parse(text);
        if (command.isPresent()) {
            Command c = command.get();
            if (!c.isFor(me.username())) {
                return Optional.empty();
            }
            if (c.name().equals("ask")) {
                String q = stripMention(c.args(), me);
                return Optional.of(new Request(q.isEmpty() ? Kind.ASK_EMPTY : Kind.ASK, q, isReply));
            }
            if (c.target() != null && (c.name().equals("help") || c.name().equals("start"))) {
                return Optional.of(new Request(Kind.HELP, "", isReply));
            }
            if (c.target() != null && c.name().equals("privacy")) {
                return Optional.of(new Request(Kind.PRIVACY, "", isReply));
            }
            if (c.target() != null && c.name().equals("sources")) {
                return Optional.of(new Request(Kind.SOURCES, "", isReply));
            }
            if (c.target() != null && c.name().equals("lang")) {
                return Optional.of(new Request(Kind.LANG, c.args(), isReply));
            }
            return Optional.empty();
        }
        String withoutMention = removeMention(text, entitiesOf(m), me);
        if (withoutMention != null) {
            String q = clean(withoutMention);
            return Optional.of(new Request(q.isEmpty() ? Kind.HELP : Kind.ASK, q, isReply));
        }
        if (isReply) {
            String q = clean(text);
            return Optional.of(new Request(q.isEmpty() ? Kind.HELP : Kind.ASK, q, true));
        }
        return Optional.empty();
    }

    /** The text with the bot's mention removed, or null when the text does not mention the bot. */
    static String removeMention(String text, List<MessageEntity> entities, BotIdentity me) {
        if (entities != null) {
            for (MessageEntity e : entities) {
                if (e == null || e.getOffset() == null || e.getLength() == null) {
                    continue;
                }
                int from = e.getOffset();
                int to = from + e.getLength();
                if (from < 0 || to > text.length() || from >= to) {
                    continue;
                }
                boolean ours = ("mention".equals(e.getType()) && text.substring(from, to).equalsIgnoreCase("@" + me.username()))
                        || ("text_mention".equals(e.getType()) && e.getUser() != null && e.getUser().getId() != null
                        && e.getUser().getId() == me.id());
                if (ours) {
                    return join(text.substring(0, from), text.substring(to));
                }
            }
        }
        if (me.username() == null || me.username().isEmpty()) {
            return null;
        }
        Matcher m = mentionPattern(me.username()).matcher(text);
        if (m.find()) {
            return join(text.substring(0, m.start()), text.substring(m.end()));
        }
        return null;
    }

    /** The text around a removed mention, joined by one space; the punctuation people put after a name is dropped. */
    private static String join(String before, String after) {
        String b = before.stripTrailing();
        String a = clean(after);
        return b.isEmpty() || a.isEmpty() ? b + a : b + " " + a;
    }

    private static String stripMention(String text, BotIdentity me) {
        String without = removeMention(text, null, me);
        return clean(without == null ? text : without);
    }

    private static Pattern mentionPattern(String username) {
        return Pattern.compile("(?<![\\w@])@" + Pattern.quote(username) + "(?!\\w)", Pattern.CASE_INSENSITIVE);
    }

    /** Trims whitespace and the punctuation people put after a name ("@bot, when ..."). */
    static String clean(String text) {
        String s = text.strip();
        int start = 0;
        while (start < s.length() && ",:;—–-".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start).strip();
    }
}
