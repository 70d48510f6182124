package org.rehablawbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.TelegramHtmlRenderer;
import org.rehablawbot.retrieve.Conversation;
import org.rehablawbot.retrieve.FollowUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Decides what the bot does with each update and does it. Private chats: commands ({@code /start}, {@code /help},
 * {@code /sources}, {@code /lang}, {@code /ask}, {@code /privacy}) and questions, as text or as a media caption;
 * anything else gets a hint to send text. Groups and supergroups: only what {@link GroupFilter} says is addressed
 * to the bot (captions, anonymous admins and members posting as a channel included), answered threaded to the
 * asker's message. A question longer than the answer pipeline reads gets a notice saying where it was cut.
 * Inline queries: up to 3 ready-to-send results. Button presses: quotes (shown once per message, with knowledge
 * file locations for moderators in their private chat), feedback, language, pages of {@code /sources} (the
 * message is edited in place). Everything else (channel posts, polls, members joining...) is ignored. Methods
 * run on the chat's worker thread.
 */
final class UpdateRouter {

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

    /** Longest inline result title. */
    private static final int TITLE_MAX = 100;

    private final BotApi api;
    private final AnswerService service;
    private final TelegramHtmlRenderer renderer;
    private final ChatMemory memory;
    private final FeedbackLog feedback;
    private final Responder responder;
    private final BotIdentity me;
    private final List<UpdateHandler> extraHandlers;
    private final UpdateHandler.Context context;
    private final Map<Long, String> latestInlineQuery = new ConcurrentHashMap<>();

    UpdateRouter(BotApi api, AnswerService service, TelegramHtmlRenderer renderer, ChatMemory memory,
                 FeedbackLog feedback, Responder responder, BotIdentity me, List<UpdateHandler> extraHandlers,
                 UpdateHandler.Context context) {
        this.api = api;
        this.service = service;
        this.renderer = renderer;
        this.memory = memory;
        this.feedback = feedback;
        this.responder = responder;
        this.me = me;
        this.extraHandlers = List.copyOf(extraHandlers);
        this.context = context;
    }

    /**
     * The key of the queue an update waits in: updates with the same key are handled in order, one at a time.
     * Null for updates the bot ignores, which are dropped at once without queueing: channel posts, polls, member
     * changes, and group messages not addressed to the bot (so a busy group costs no queue space).
     */
    String keyOf(Update u) {
        if (u.hasMessage()) {
            Message m = u.getMessage();
            if (m.getChat() != null && !"private".equals(m.getChat().getType())
                    && (!isGroup(m) || GroupFilter.addressed(m, me).isEmpty())) {
                return null;
            }
            return chatKey(m);
        }
        if (u.hasEditedMessage()) {
            Message m = u.getEditedMessage();
            return m.getChat() != null && "private".equals(m.getChat().getType()) ? chatKey(m) : null;
        }
        if (u.hasCallbackQuery()) {
            CallbackQuery q = u.getCallbackQuery();
            if (q.getMessage() != null && q.getMessage().getChatId() != null) {
                return "c" + q.getMessage().getChatId();
            }
            return q.getFrom() == null ? null : "u" + q.getFrom().getId();
        }
        if (u.hasInlineQuery()) {
            InlineQuery q = u.getInlineQuery();
            return q.getFrom() == null || q.getId() == null ? null : "i" + q.getFrom().getId();
        }
        return null;
    }

    private static String chatKey(Message m) {
        return m.getChat() == null || m.getChat().getId() == null ? null : "c" + m.getChat().getId();
    }

    /** Called on the polling thread as an update arrives, before it is queued. */
    void arrived(Update u) {
        if (u.hasInlineQuery() && u.getInlineQuery().getFrom() != null) {
            latestInlineQuery.put(u.getInlineQuery().getFrom().getId(), u.getInlineQuery().getId());
        }
    }

    /** Handles one update. */
    void handle(Update u) throws Exception {
        for (UpdateHandler h : extraHandlers) {
            if (h.handle(u, context)) {
                return;
            }
        }
        if (u.hasMessage()) {
            onMessage(u.getMessage(), false);
        } else if (u.hasEditedMessage()) {
            onMessage(u.getEditedMessage(), true);
        } else if (u.hasCallbackQuery()) {
            onCallback(u.getCallbackQuery());
        } else if (u.hasInlineQuery()) {
            onInline(u.getInlineQuery());
        } else {
            log.debug("ignoring update {} of a kind the bot does not handle", u.getUpdateId());
        }
    }

    /** Tells the sender of a text question that the bot is busy (its chat has too many updates waiting). */
    void busy(Update u) throws TelegramApiException {
        Message m = u.hasMessage() ? u.getMessage() : null;
        if (m == null || GroupFilter.textOf(m) == null || m.getChat() == null) {
            return;
        }
        if (isPrivate(m) || (isGroup(m) && GroupFilter.addressed(m, me).isPresent())) {
            responder.sendText(question(m, "", null), Texts.busy(memory.language(m.getChatId(), m.getFrom())));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Messages

    private void onMessage(Message m, boolean edited) throws TelegramApiException {
        if (m.getChat() == null || m.getChatId() == null) {
            return;
        }
        if (isPrivate(m)) {
            onPrivate(m, edited);
        } else if (isGroup(m) && !edited) {
            onGroup(m);
        } else {
            log.debug("ignoring a message in a {} chat{}", m.getChat().getType(), edited ? " (edited)" : "");
        }
    }

    private static boolean isPrivate(Message m) {
        return "private".equals(m.getChat().getType());
    }

    private static boolean isGroup(Message m) {
        return "group".equals(m.getChat().getType()) || "supergroup".equals(m.getChat().getType());
    }

    private void onPrivate(Message m, boolean edited) throws TelegramApiException {
        long chatId = m.getChatId();
        Language lang = memory.language(chatId, m.getFrom());
        if (m.getFrom() != null && Boolean.TRUE.equals(m.getFrom().getIsBot())) {
            return;
        }
        if (edited) {
            responder.sendText(question(m, "", null), Texts.editedHint(lang));
            return;
        }
        String text = GroupFilter.textOf(m);
        if (text == null) {
            responder.sendText(question(m, "", null), Texts.textOnly(lang));
            return;
        }
        Optional<Command> command = Command.parse(text);
        if (command.isEmpty()) {
            ask(m, text, "p" + chatId);
            return;
        }
        Command c = command.get();
        if (!c.isFor(me.username())) {
            responder.sendText(question(m, "", null), Texts.unknownCommand(lang));
            return;
        }
        switch (c.name()) {
            case "start" -> responder.sendText(question(m, "", null), Texts.start(lang));
            case "help" -> responder.sendText(question(m, "", null), Texts.help(lang, me.username()));
            case "sources" -> sources(m, lang);
            case "privacy" -> responder.sendText(question(m, "", null), privacy(lang));
            case "lang" -> onLanguage(m, c.args(), lang);
            case "ask" -> {
                if (c.args().isEmpty()) {
                    responder.sendText(question(m, "", null), Texts.askUsage(lang));
                } else {
                    ask(m, c.args(), "p" + chatId);
                }
            }
            default -> responder.sendText(question(m, "", null), Texts.unknownCommand(lang));
        }
    }

    /** The first page of /sources, with Back / Next buttons when there are more. */
    private void sources(Message m, Language lang) throws TelegramApiException {
        TelegramHtmlRenderer.SourcesPage page = renderer.sourcesPage(service.sources(), lang, 0);
        responder.sendParts(question(m, "", null), List.of(pageHtml(page, lang)), pageKeyboard(page, lang));
    }

    /** /lang in a chat: buttons without an argument, else the language set for the whole chat (private or group). */
    private void onLanguage(Message m, String args, Language current) throws TelegramApiException {
        if (args.isEmpty()) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            for (Language l : Language.values()) {
                row.add(InlineKeyboardButton.builder().text(Texts.languageName(l)).callbackData(Callbacks.language(l)).build());
            }
            responder.sendParts(question(m, "", null), List.of(TelegramHtmlRenderer.escape(Texts.chooseLanguage(current))),
                    InlineKeyboardMarkup.builder().keyboardRow(row).build());
            return;
        }
        Optional<Language> chosen = Language.fromCode(args);
        if (chosen.isEmpty()) {
            responder.sendText(question(m, "", null), Texts.languageUsage(current));
            return;
        }
        memory.chooseLanguage(m.getChatId(), chosen.get());
        responder.sendText(question(m, "", null), Texts.languageSet(chosen.get()));
    }

    private void onGroup(Message m) throws TelegramApiException {
        Optional<GroupFilter.Request> request = GroupFilter.addressed(m, me);
        if (request.isEmpty()) {
            return;
        }
        GroupFilter.Request r = request.get();
        Language lang = memory.language(m.getChatId(), m.getFrom());
        switch (r.kind()) {
            case ASK_EMPTY -> responder.sendText(question(m, "", null), Texts.askUsage(lang));
            case HELP -> responder.sendText(question(m, "", null), Texts.help(lang, me.username()));
            case PRIVACY -> responder.sendText(question(m, "", null), privacy(lang));
            case SOURCES -> sources(m, lang);
            case LANG -> onLanguage(m, r.question(), lang);
            case ASK -> {
                String conversation = "g" + m.getChatId() + ":" + GroupFilter.askerKey(m);
                String previous = null;
                if (r.isReply()) {
                    previous = memory.questionOf(m.getChatId(), m.getReplyToMessage().getMessageId());
                }
                askWith(m, r.question(), conversation, previous);
            }
            default -> throw new IllegalStateException();
        }
    }

    private void ask(Message m, String text, String conversation) throws TelegramApiException {
        askWith(m, text, conversation, null);
    }

    private void askWith(Message m, String text, String conversation, String previous) throws TelegramApiException {
        if (text.length() > AnswerEngine.MAX_QUESTION_CHARS) {
            Language lang = memory.language(m.getChatId(), m.getFrom());
            responder.sendText(question(m, "", null), cutNotice(text, lang));
        }
        // a reply to one of the bot's answers continues the question that answer was for
        Conversation c = previous != null ? new Conversation(previous, null) : memory.conversation(conversation);
        String asked = AnswerEngine.truncate(text);
        String prev = c.previousFor(asked);
        memory.remember(conversation, c.after(asked));
        responder.answer(question(m, text, prev));
    }

    /**
     * The notice for a question longer than {@link AnswerEngine#MAX_QUESTION_CHARS}, as the console chat words
     * it: its length, how much is read, the last words of the part that is answered (as
     * {@link AnswerEngine#truncate} cuts it), and the length and first words of the rest.
     */
    static String cutNotice(String question, Language lang) {
        String q = question.strip();
        String read = AnswerEngine.truncate(q);
        String rest = q.substring(read.length()).strip();
        return Texts.questionCut(lang, q.length(), AnswerEngine.MAX_QUESTION_CHARS, words(read, 8, false),
                rest.length(), words(rest, 8, true));
    }

    /** The first (or last) {@code n} words of {@code text}, split at spaces. */
    static String words(String text, int n, boolean first) {
        String[] w = text.strip().split(" +");
        int from = first ? 0 : Math.max(0, w.length - n);
        int to = first ? Math.min(n, w.length) : w.length;
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
    }

    /** The /privacy text in {@code lang}. */
    private String privacy(Language lang) {
        String feedbackFile = context == null ? "feedback.jsonl" : context.config().feedbackFile().getFileName().toString();
        return Texts.privacy(lang, feedbackFile, memory.maxAnswers());
    }

    /** A page of /sources with "Page n of m" under it when there is more than one page. */
    private static String pageHtml(TelegramHtmlRenderer.SourcesPage page, Language lang) {
        if (page.pages() <= 1) {
            return page.html();
        }
        String footer = "\n\n<i>" + TelegramHtmlRenderer.escape(Texts.sourcesPage(lang, page.page() + 1, page.pages())) + "</i>";
        return page.html().length() + footer.length() < TelegramHtmlRenderer.MAX_MESSAGE ? page.html() + footer : page.html();
    }

    /** Back / Next buttons for a page of /sources; null when there is one page. */
    private static InlineKeyboardMarkup pageKeyboard(TelegramHtmlRenderer.SourcesPage page, Language lang) {
        if (page.pages() <= 1) {
            return null;
        }
        InlineKeyboardRow row = new InlineKeyboardRow();
        if (page.page() > 0) {
            row.add(InlineKeyboardButton.builder().text(Texts.sourcesPrevious(lang))
                    .callbackData(Callbacks.sourcesPage(page.page() - 1)).build());
        }
        if (page.page() < page.pages() - 1) {
            row.add(InlineKeyboardButton.builder().text(Texts.sourcesNext(lang))
                    .callbackData(Callbacks.sourcesPage(page.page() + 1)).build());
        }
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }

    /**
     * What a conversation remembers after {@code question}: the question itself when it stands alone, else the
     * question completed from the previous one ("and in Kazakhstan?" after a question about Kyrgyzstan), so a
     * chain of follow-ups keeps its subject, as in the console chat.
     */
    static String context(String question, String previous) {
        return FollowUp.merge(AnswerEngine.truncate(question), previous);
    }

    /** A question (or a reply) in the chat of {@code m}, threaded to {@code m} in groups. */
    private Responder.Question question(Message m, String text, String previous) {
        boolean group = !isPrivate(m);
        Integer threadId = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
        Language preferred = memory.language(m.getChatId(), m.getFrom());
        return new Responder.Question(m.getChatId(), m.getChat().getType(), group ? m.getMessageId() : null, threadId,
                text, previous, preferred);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Buttons

    private void onCallback(CallbackQuery q) throws TelegramApiException {
        User from = q.getFrom();
        MaybeInaccessibleMessage msg = q.getMessage();
        Long chatId = msg == null ? null : msg.getChatId();
        Language uiLang = chatId == null ? memory.userLanguage(from) : memory.language(chatId, from);
        Optional<Callbacks.Parsed> parsed = Callbacks.parse(q.getData());
        if (parsed.isEmpty()) {
            answerCallback(q, null);
            return;
        }
        Callbacks.Parsed p = parsed.get();
        switch (p.action()) {
            case LANGUAGE -> {
                if (chatId == null) {
                    answerCallback(q, null);
                    return;
                }
                memory.chooseLanguage(chatId, p.language());
                answerCallback(q, Texts.languageSet(p.language()));
                try {
                    api.edit(EditMessageText.builder().chatId(chatId).messageId(msg.getMessageId())
                            .text(TelegramHtmlRenderer.escape(Texts.languageSet(p.language()))).parseMode(ParseMode.HTML)
                            .build(), chatId, isGroupChat(msg));
                } catch (TelegramApiException e) {
                    log.warn("could not edit the language message: {}", BotApi.describe(e));
                }
            }
            case QUOTES -> {
                Optional<ChatMemory.StoredAnswer> stored = memory.answer(p.answerId());
                if (stored.isEmpty() || chatId == null) {
                    answerCallback(q, Texts.expired(uiLang));
                    return;
                }
                Answer a = stored.get().answer();
                if (msg.getMessageId() != null && !memory.firstQuotes(chatId, msg.getMessageId())) {
                    answerCallback(q, Texts.quotesSent(uiLang));
                    return;
                }
                answerCallback(q, null);
                String type = msg.getChat() == null ? "private" : msg.getChat().getType();
                boolean locations = "private".equals(type) && from != null && from.getId() != null && isModerator(from.getId());
                Responder.Question where = new Responder.Question(chatId, type, msg.getMessageId(), null, "", null, a.language());
                Integer messageId = msg.getMessageId();
                try {
                    // sends are queued: a part that fails for good is known only when its future completes
                    for (CompletableFuture<Message> part : responder.sendParts(where, renderer.renderQuotes(a, locations), null)) {
                        part.whenComplete((m, e) -> {
                            if (e != null && messageId != null) {
                                memory.forgetQuotes(chatId, messageId); // not shown after all: a later tap may try again
                            }
                        });
                    }
                } catch (TelegramApiException | RuntimeException e) {
                    if (messageId != null) {
                        memory.forgetQuotes(chatId, messageId);
                    }
                    throw e;
                }
                removeQuotesButton(chatId, msg.getMessageId(), p.answerId(), a);
            }
            case SOURCES_PAGE -> {
                if (chatId == null || msg.getMessageId() == null) {
                    answerCallback(q, Texts.expired(uiLang));
                    return;
                }
                answerCallback(q, null);
                TelegramHtmlRenderer.SourcesPage page = renderer.sourcesPage(service.sources(), uiLang, p.page());
                EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder().chatId(chatId)
                        .messageId(msg.getMessageId()).text(pageHtml(page, uiLang)).parseMode(ParseMode.HTML)
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
                InlineKeyboardMarkup keyboard = pageKeyboard(page, uiLang);
                if (keyboard != null) {
                    edit.replyMarkup(keyboard);
                }
                try {
                    api.edit(edit.build(), chatId, isGroupChat(msg));
                } catch (TelegramApiException e) {
                    // "message is not modified" when the same page is asked twice; nothing to do either way
                    log.warn("could not show page {} of the sources: {}", p.page() + 1, BotApi.describe(e));
                }
            }
            case VOTE_UP, VOTE_DOWN -> {
                Optional<ChatMemory.StoredAnswer> stored = memory.answer(p.answerId());
                if (stored.isEmpty()) {
                    answerCallback(q, Texts.expired(uiLang));
                    return;
                }
                ChatMemory.StoredAnswer s = stored.get();
                long userId = from == null || from.getId() == null ? 0 : from.getId();
                if (!memory.firstVote(p.answerId(), userId)) {
                    answerCallback(q, Texts.feedbackAgain(uiLang));
                    return;
                }
                feedback.record(p.action() == Callbacks.Action.VOTE_UP, s.chatType(), s.question(), s.answer());
                answerCallback(q, Texts.feedbackThanks(uiLang));
            }
            default -> throw new IllegalStateException();
        }
    }

    /** True when one of the extra handlers is the moderation handler and names this user a moderator. */
    private boolean isModerator(long userId) {
        for (UpdateHandler h : extraHandlers) {
            if (h instanceof ModerationHandler mh && mh.isModerator(userId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes the "Quotes" button off an answer once its quotes are shown, keeping the votes; best effort (the
     * quotes are shown once per message whether or not this succeeds).
     */
    private void removeQuotesButton(long chatId, Integer messageId, String answerId, Answer a) {
        if (messageId == null) {
            return;
        }
        InlineKeyboardRow row = new InlineKeyboardRow();
        row.add(InlineKeyboardButton.builder().text("👍").callbackData(Callbacks.vote(answerId, true)).build());
        row.add(InlineKeyboardButton.builder().text("👎").callbackData(Callbacks.vote(answerId, false)).build());
        api.optional(EditMessageReplyMarkup.builder().chatId(chatId).messageId(messageId)
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(row).build()).build());
    }

    private static boolean isGroupChat(MaybeInaccessibleMessage msg) {
        return msg.getChat() != null && !"private".equals(msg.getChat().getType());
    }

    private void answerCallback(CallbackQuery q, String text) {
        if (q.getId() == null) {
            return;
        }
        api.optional(AnswerCallbackQuery.builder().callbackQueryId(q.getId()).text(text).build());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Inline mode

    private void onInline(InlineQuery q) throws TelegramApiException {
        Long userId = q.getFrom().getId();
        if (!q.getId().equals(latestInlineQuery.getOrDefault(userId, q.getId()))) {
            log.debug("skipping an inline query overtaken by a newer one from the same user");
            return;
        }
        latestInlineQuery.remove(userId, q.getId());
        Language lang = memory.userLanguage(q.getFrom());
        String text = q.getQuery() == null ? "" : q.getQuery().strip();
        List<InlineQueryResult> results = new ArrayList<>();
        if (text.isEmpty()) {
            results.add(article("hint", Texts.inlineHintTitle(lang), Texts.inlineHintDescription(lang),
                    TelegramHtmlRenderer.escape(Texts.start(lang))));
        } else {
            Answer a = service.answer(text, null, lang);
            Language al = a.language();
            if (a.refused()) {
                String body = a.statements().isEmpty() ? Texts.inlineNoAnswerTitle(al) : a.statements().get(0).text();
                results.add(article("none", title(body), text, renderer.renderShort(a)));
            } else {
                results.add(article("answer", title(firstStatement(a)), Texts.inlineAnswerDescription(al, a.citations().size()),
                        renderer.renderShort(a)));
                for (Citation c : a.citations().subList(0, Math.min(2, a.citations().size()))) {
                    results.add(article("source" + c.n(), title("[" + c.n() + "] " + c.title()), renderer.describe(c, al),
                            renderer.renderCitation(c, al)));
                }
            }
        }
        try {
            api.call(AnswerInlineQuery.builder().inlineQueryId(q.getId()).results(results)
                    .cacheTime(text.isEmpty() ? 3600 : 300).isPersonal(false).build());
        } catch (TelegramApiException e) {
            // an inline query left unanswered for a few seconds expires; nothing to tell the user
            log.warn("could not answer an inline query: {}", BotApi.describe(e));
        }
    }

    private static String firstStatement(Answer a) {
        for (Statement s : a.statements()) {
            if (s.text() != null && !s.text().isBlank()) {
                return s.text();
            }
        }
        return a.question();
    }

    private static String title(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return "…";
        }
        if (t.length() <= TITLE_MAX) {
            return t;
        }
        int cut = TITLE_MAX - 1;
        if (Character.isLowSurrogate(t.charAt(cut))) {
            cut--;
        }
        return t.substring(0, cut) + "…";
    }

    private static InlineQueryResultArticle article(String id, String title, String description, String html) {
        return InlineQueryResultArticle.builder()
                .id(id)
                .title(title)
                .description(description == null ? null : title(description))
                .inputMessageContent(InputTextMessageContent.builder()
                        .messageText(html)
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .build())
                .build();
    }
}
