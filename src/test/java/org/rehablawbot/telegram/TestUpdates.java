package org.rehablawbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Telegram update JSON for tests, in the Bot API's shapes. */
final class TestUpdates {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(5000);
    private static final AtomicInteger UPDATE_IDS = new AtomicInteger(1);

    private TestUpdates() {
    }

    static ObjectNode user(long id, String languageCode) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", id);
        u.put("is_bot", false);
        u.put("first_name", "User" + id);
        if (languageCode != null) {
            u.put("language_code", languageCode);
        }
        return u;
    }

    static ObjectNode message(long chatId, String chatType, long userId, String languageCode) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", MESSAGE_IDS.incrementAndGet());
        m.put("date", 1_700_000_000);
        ObjectNode chat = m.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", chatType);
        if (!chatType.equals("private")) {
            chat.put("title", "Group " + chatId);
        }
        m.set("from", user(userId, languageCode));
        return m;
    }

    static ObjectNode text(ObjectNode message, String text) {
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            int len = end < 0 ? text.length() : end;
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", len);
        }
        return message;
    }

    static ObjectNode update(String field, ObjectNode content) {
        ObjectNode u = JSON.createObjectNode();
        u.set(field, content);
        return u;
    }

    /** A document sent in a private chat by {@code userId} (whose chat id is the same). */
    static ObjectNode privateDocument(long userId, String username, String fileId, String fileName, long size) {
        ObjectNode m = message(userId, "private", userId, "en");
        if (username != null) {
            ((ObjectNode) m.get("from")).put("username", username);
        }
        ObjectNode d = m.putObject("document");
        d.put("file_id", fileId);
        d.put("file_unique_id", "u" + fileId);
        d.put("file_name", fileName);
        d.put("mime_type", "text/markdown");
        d.put("file_size", size);
        return update("message", m);
    }

    static ObjectNode privateText(long chatId, String text) {
        return update("message", text(message(chatId, "private", chatId, "en"), text));
    }

    static ObjectNode privateText(long chatId, String text, String languageCode) {
        return update("message", text(message(chatId, "private", chatId, languageCode), text));
    }

    static ObjectNode groupText(long chatId, long userId, String text) {
        return update("message", text(message(chatId, "supergroup", userId, "en"), text));
    }

    /** A group message mentioning the bot through a mention entity. */
    static ObjectNode groupMention(long chatId, long userId, String before, String after) {
        String mention = "@" + FakeBotApiServer.BOT_USERNAME;
        ObjectNode m = text(message(chatId, "supergroup", userId, "en"), before + mention + after);
        m.putArray("entities").addObject().put("type", "mention").put("offset", before.length()).put("length", mention.length());
        return update("message", m);
    }

    /** A group message replying to message {@code replyToId} sent by {@code replyToFrom}. */
    static ObjectNode groupReply(long chatId, long userId, String text, int replyToId, long replyToFrom) {
        ObjectNode m = text(message(chatId, "supergroup", userId, "en"), text);
        ObjectNode r = m.putObject("reply_to_message");
        r.put("message_id", replyToId);
        r.put("date", 1_700_000_000);
        r.putObject("chat").put("id", chatId).put("type", "supergroup");
        ObjectNode from = r.putObject("from");
        from.put("id", replyToFrom);
        from.put("is_bot", replyToFrom == FakeBotApiServer.BOT_ID);
        from.put("first_name", "X");
        r.put("text", "earlier message");
        return update("message", m);
    }

    static ObjectNode callback(long chatId, String chatType, int messageId, long userId, String data) {
        ObjectNode q = JSON.createObjectNode();
        q.put("id", "cb" + UPDATE_IDS.incrementAndGet());
        q.set("from", user(userId, "en"));
        q.put("chat_instance", "ci");
        q.put("data", data);
        ObjectNode m = q.putObject("message");
        m.put("message_id", messageId);
        m.put("date", 1_700_000_000);
        m.putObject("chat").put("id", chatId).put("type", chatType);
        ObjectNode from = m.putObject("from");
        from.put("id", FakeBotApiServer.BOT_ID);
        from.put("is_bot", true);
        from.put("first_name", "Bot");
        m.put("text", "answer");
        return update("callback_query", q);
    }

    static ObjectNode inline(long userId, String query, String languageCode) {
        ObjectNode q = JSON.createObjectNode();
        q.put("id", "iq" + UPDATE_IDS.incrementAndGet());
        q.set("from", user(userId, languageCode));
        q.put("query", query);
        q.put("offset", "");
        return update("inline_query", q);
    }

    static ObjectNode sticker(long chatId, String chatType) {
        ObjectNode m = message(chatId, chatType, chatId, "en");
        ObjectNode s = m.putObject("sticker");
        s.put("file_id", "f");
        s.put("file_unique_id", "u");
        s.put("type", "regular");
        s.put("width", 512);
        s.put("height", 512);
        s.put("is_animated", false);
        s.put("is_video", false);
        return update("message", m);
    }

    static ObjectNode photo(long chatId, String chatType, String caption) {
        ObjectNode m = message(chatId, chatType, chatId, "en");
        m.putArray("photo").addObject().put("file_id", "p").put("file_unique_id", "pu").put("width", 90).put("height", 90);
        if (caption != null) {
            m.put("caption", caption);
        }
        return update("message", m);
    }

    static ObjectNode edited(long chatId, String chatType, String text) {
        ObjectNode m = text(message(chatId, chatType, chatId, "en"), text);
        m.put("edit_date", 1_700_000_100);
        return update("edited_message", m);
    }

    static ObjectNode channelPost(long chatId, String text) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", MESSAGE_IDS.incrementAndGet());
        m.put("date", 1_700_000_000);
        m.putObject("chat").put("id", chatId).put("type", "channel").put("title", "Channel");
        m.put("text", text);
        return update("channel_post", m);
    }

    static ObjectNode membersJoined(long chatId) {
        ObjectNode m = message(chatId, "group", 1, "en");
        m.putArray("new_chat_members").add(user(99, "en"));
        return update("message", m);
    }

    static ObjectNode poll() {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", "poll1");
        p.put("question", "Which?");
        p.putArray("options").addObject().put("text", "a").put("voter_count", 1);
        p.put("total_voter_count", 1);
        p.put("is_closed", false);
        p.put("is_anonymous", true);
        p.put("type", "regular");
        p.put("allows_multiple_answers", false);
        return update("poll", p);
    }

    static ObjectNode myChatMember(long chatId) {
        ObjectNode c = JSON.createObjectNode();
        c.putObject("chat").put("id", chatId).put("type", "group").put("title", "G");
        c.set("from", user(1, "en"));
        c.put("date", 1_700_000_000);
        c.putObject("old_chat_member").put("status", "left").set("user", user(FakeBotApiServer.BOT_ID, null));
        c.putObject("new_chat_member").put("status", "member").set("user", user(FakeBotApiServer.BOT_ID, null));
        return update("my_chat_member", c);
    }

    /** Telegram's account for anonymous group admins. */
    static final long GROUP_ANONYMOUS_BOT = 1087968824L;
    /** Telegram's account for members posting in a group as a channel. */
    static final long CHANNEL_BOT = 136817688L;

    /**
     * A group message sent by an anonymous admin, as Telegram sends it: {@code from} GroupAnonymousBot (a bot,
     * without a language) and {@code sender_chat} the group itself.
     */
    static ObjectNode anonymousAdmin(long chatId, String text) {
        ObjectNode m = text(message(chatId, "supergroup", 0, null), text);
        ObjectNode from = m.putObject("from");
        from.put("id", GROUP_ANONYMOUS_BOT);
        from.put("is_bot", true);
        from.put("first_name", "Group");
        from.put("username", "GroupAnonymousBot");
        m.putObject("sender_chat").put("id", chatId).put("type", "supergroup").put("title", "Group " + chatId);
        return update("message", m);
    }

    /**
     * A group message of a member posting as their channel: {@code from} Channel_Bot and {@code sender_chat} the
     * channel; with {@code automaticForward}, the channel's own post forwarded into its discussion group.
     */
    static ObjectNode asChannel(long chatId, long channelId, String text, boolean automaticForward) {
        ObjectNode m = text(message(chatId, "supergroup", 0, null), text);
        ObjectNode from = m.putObject("from");
        from.put("id", automaticForward ? 777000 : CHANNEL_BOT);
        from.put("is_bot", !automaticForward);
        from.put("first_name", automaticForward ? "Telegram" : "Channel");
        if (!automaticForward) {
            from.put("username", "Channel_Bot");
        }
        m.putObject("sender_chat").put("id", channelId).put("type", "channel").put("title", "Channel " + channelId);
        if (automaticForward) {
            m.put("is_automatic_forward", true);
        }
        return update("message", m);
    }

    /** A group message from another bot (marked {@code is_bot}, without {@code sender_chat}). */
    static ObjectNode fromOtherBot(long chatId, long botId, String text) {
        ObjectNode m = text(message(chatId, "supergroup", botId, null), text);
        ((ObjectNode) m.get("from")).put("is_bot", true);
        return update("message", m);
    }

    /**
     * A photo whose caption is {@code caption}, with a {@code bot_command} caption entity when it starts with "/"
     * and a {@code mention} caption entity for the bot's @name in it (offsets in UTF-16 units, as Telegram counts).
     */
    static ObjectNode captionedPhoto(long chatId, String chatType, long userId, String caption) {
        ObjectNode m = message(chatId, chatType, userId, "en");
        m.putArray("photo").addObject().put("file_id", "p").put("file_unique_id", "pu").put("width", 90).put("height", 90);
        m.put("caption", caption);
        com.fasterxml.jackson.databind.node.ArrayNode entities = m.putArray("caption_entities");
        if (caption.startsWith("/")) {
            int end = caption.indexOf(' ');
            entities.addObject().put("type", "bot_command").put("offset", 0).put("length", end < 0 ? caption.length() : end);
        }
        String mention = "@" + FakeBotApiServer.BOT_USERNAME;
        int at = caption.indexOf(mention);
        if (at >= 0) {
            entities.addObject().put("type", "mention").put("offset", at).put("length", mention.length());
        }
        if (entities.isEmpty()) {
            m.remove("caption_entities");
        }
        return update("message", m);
    }

    /** A captioned photo replying to message {@code replyToId} of the bot's. */
    static ObjectNode captionedReplyToBot(long chatId, long userId, String caption, int replyToId) {
        ObjectNode u = captionedPhoto(chatId, "supergroup", userId, caption);
        ObjectNode r = ((ObjectNode) u.get("message")).putObject("reply_to_message");
        r.put("message_id", replyToId);
        r.put("date", 1_700_000_000);
        r.putObject("chat").put("id", chatId).put("type", "supergroup");
        r.putObject("from").put("id", FakeBotApiServer.BOT_ID).put("is_bot", true).put("first_name", "Bot");
        r.put("text", "an answer");
        return u;
    }

    /** The update as the TelegramBots library reads it. */
    static Update parse(ObjectNode update) {
        if (!update.has("update_id")) {
            update.put("update_id", UPDATE_IDS.incrementAndGet());
        }
        try {
            return JSON.treeToValue(update, Update.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
