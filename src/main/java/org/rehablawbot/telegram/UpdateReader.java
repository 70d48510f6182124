package org.rehablawbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads one update of a {@code getUpdates} result on its own, so that one update the library cannot read never
 * blocks the others. An update is unreadable when it is not a JSON object, has no integral {@code update_id},
 * lacks a field the Bot API marks required in a part the bot reads (the chat's {@code id} and {@code type}, a
 * sender's {@code id}, {@code is_bot} and {@code first_name}, an entity's {@code type}, {@code offset} and
 * {@code length}, an inline query's {@code id}, {@code from}, {@code query} and {@code offset}, a button press's
 * {@code id}, {@code from} and {@code chat_instance}...), has such a field in the wrong JSON type, or cannot be
 * deserialized into TelegramBots' {@link Update} (a field of an unexpected shape anywhere, such as a sticker's
 * {@code mask_position} given as a string). Thread-safe.
 */
final class UpdateReader {

    /**
     * One update as read: its id (null when it has none), and either the update with its JSON or why it could not
     * be read.
     */
    record Read(Integer id, Update update, String problem, String json) {
        boolean readable() {
            return update != null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final String[] MESSAGE_KINDS = {"message", "edited_message", "channel_post", "edited_channel_post",
            "business_message", "edited_business_message"};

    private UpdateReader() {
    }

    /** Reads one element of the result array; never throws. */
    static Read read(JsonNode node) {
        if (node == null || node.isNull()) {
            return new Read(null, null, "the entry is null", null);
        }
        if (!node.isObject()) {
            return new Read(null, null, "the entry is a JSON " + node.getNodeType().name().toLowerCase() + ", not an object", null);
        }
        JsonNode idNode = node.get("update_id");
        if (idNode == null || idNode.isNull()) {
            return new Read(null, null, "update_id is missing", null);
        }
        if (!idNode.isIntegralNumber() || !idNode.canConvertToInt()) {
            return new Read(null, null, "update_id is not an integer: " + abbreviate(idNode.toString()), null);
        }
        int id = idNode.intValue();
        Optional<String> missing = check(node);
        if (missing.isPresent()) {
            return new Read(id, null, missing.get(), null);
        }
        try {
            Update u = JSON.treeToValue(node, Update.class);
            if (u == null) {
                return new Read(id, null, "it reads as nothing", null);
            }
            return new Read(id, u, null, node.toString());
        } catch (Exception e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
                    if (r.getFieldName() != null) {
                        path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
                    } else if (r.getIndex() >= 0) {
                        path.append('[').append(r.getIndex()).append(']');
                    }
                }
                why = path + ": " + why;
            }
            return new Read(id, null, abbreviate(String.valueOf(why)), null);
        }
    }

    /** The first required field missing or wrongly typed in the parts of the update the bot reads. */
    static Optional<String> check(JsonNode u) {
        for (String kind : MESSAGE_KINDS) {
            JsonNode m = u.get(kind);
            if (m != null) {
                Optional<String> p = message(m, kind, 0);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        JsonNode q = u.get("inline_query");
        if (q != null) {
            return first(object(q, "inline_query"), string(q, "inline_query.id"), user(q.get("from"), "inline_query.from", true),
                    string(q, "inline_query.query"), string(q, "inline_query.offset"));
        }
        JsonNode c = u.get("callback_query");
        if (c != null) {
            Optional<String> p = first(object(c, "callback_query"), string(c, "callback_query.id"),
                    user(c.get("from"), "callback_query.from", true), string(c, "callback_query.chat_instance"));
            if (p.isPresent()) {
                return p;
            }
            JsonNode msg = c.get("message");
            if (msg != null && !msg.isNull()) {
                return first(object(msg, "callback_query.message"), chat(msg.get("chat"), "callback_query.message.chat"),
                        integer(msg, "message_id", "callback_query.message.message_id"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> message(JsonNode m, String path, int depth) {
        Optional<String> p = first(object(m, path), integer(m, "message_id", path + ".message_id"),
                integer(m, "date", path + ".date"), chat(m.get("chat"), path + ".chat"),
                user(m.get("from"), path + ".from", false));
        if (p.isPresent()) {
            return p;
        }
        JsonNode sender = m.get("sender_chat");
        if (sender != null && !sender.isNull()) {
            p = chat(sender, path + ".sender_chat");
            if (p.isPresent()) {
                return p;
            }
        }
        for (String field : new String[] {"text", "caption"}) {
            JsonNode t = m.get(field);
            if (t != null && !t.isNull() && !t.isTextual()) {
                return Optional.of(path + "." + field + " is not a string");
            }
        }
        for (String field : new String[] {"entities", "caption_entities"}) {
            JsonNode es = m.get(field);
            if (es == null || es.isNull()) {
                continue;
            }
            if (!es.isArray()) {
                return Optional.of(path + "." + field + " is not an array");
            }
            for (int i = 0; i < es.size(); i++) {
                JsonNode e = es.get(i);
                String ep = path + "." + field + "[" + i + "]";
                p = first(object(e, ep), string(e, ep + ".type"), integer(e, "offset", ep + ".offset"),
                        integer(e, "length", ep + ".length"));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        JsonNode reply = m.get("reply_to_message");
        if (reply != null && !reply.isNull() && depth == 0) {
            return message(reply, path + ".reply_to_message", 1);
        }
        return Optional.empty();
    }

    private static Optional<String> chat(JsonNode c, String path) {
        if (c == null || c.isNull()) {
            return Optional.of(path + " is missing");
        }
        return first(object(c, path), integer(c, "id", path + ".id"), string(c, path + ".type"));
    }

    private static Optional<String> user(JsonNode f, String path, boolean required) {
        if (f == null || f.isNull()) {
            return required ? Optional.of(path + " is missing") : Optional.empty();
        }
        Optional<String> p = first(object(f, path), integer(f, "id", path + ".id"), string(f, path + ".first_name"));
        if (p.isPresent()) {
            return p;
        }
        JsonNode isBot = f.get("is_bot");
        if (isBot == null || isBot.isNull()) {
            return Optional.of(path + ".is_bot is missing");
        }
        return isBot.isBoolean() ? Optional.empty() : Optional.of(path + ".is_bot is not a boolean");
    }

    private static Optional<String> object(JsonNode n, String path) {
        return n.isObject() ? Optional.empty() : Optional.of(path + " is not an object");
    }

    private static Optional<String> integer(JsonNode parent, String field, String path) {
        if (!parent.isObject()) {
            return Optional.empty();
        }
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return Optional.of(path + " is missing");
        }
        return v.isIntegralNumber() ? Optional.empty() : Optional.of(path + " is not an integer");
    }

    /** {@code path}'s last segment is the field name. */
    private static Optional<String> string(JsonNode parent, String path) {
        if (!parent.isObject()) {
            return Optional.empty();
        }
        JsonNode v = parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (v == null || v.isNull()) {
            return Optional.of(path + " is missing");
        }
        return v.isTextual() ? Optional.empty() : Optional.of(path + " is not a string");
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... checks) {
        for (Optional<String> c : checks) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 300 ? one : one.substring(0, 300) + "…";
    }
}
