package org.rehablawbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.render.HtmlChecks;
import org.rehablawbot.render.TelegramHtmlRenderer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The bot's handling of each kind of update, with a mocked Bot API client and answer service. */
class UpdateRouterTest {

    static final BotIdentity ME = new BotIdentity(FakeBotApiServer.BOT_ID, FakeBotApiServer.BOT_USERNAME);

    @TempDir
    Path dir;

    final List<BotApiMethod<?>> calls = Collections.synchronizedList(new ArrayList<>());
    /** Methods whose calls throw, by method name. */
    final List<String> failing = new ArrayList<>();
    TelegramClient client;
    AnswerService service;
    ChatMemory memory;
    UpdateRouter router;
    ScheduledExecutorService ticker;
    int nextMessageId = 100;

    static Citation citation(int n) {
        return new Citation(n, "doc" + n, "Title " + n, "24.kg", "news", "2024-11-20", "https://24.kg/" + n,
                "kg/doc" + n + ".en.md", 10 + n, "Quoted passage " + n + " <with> & markup");
    }

    static Answer answered(String question, Language lang, int citations) {
        List<Citation> cs = new ArrayList<>();
        List<Integer> ns = new ArrayList<>();
        for (int i = 1; i <= citations; i++) {
            cs.add(citation(i));
            ns.add(i);
        }
        return new Answer(question, lang, Answer.Status.ANSWERED, List.of(new Statement("The law was adopted.", ns)),
                List.of(), cs, "extractive", 3);
    }

    static Answer refused(String question) {
        return new Answer(question, Language.EN, Answer.Status.REFUSED,
                List.of(new Statement("My sources say nothing about that.", List.of())), List.of(), List.of(), "extractive", 1);
    }

    @BeforeEach
    void setUp() throws Exception {
        client = mock(TelegramClient.class, invocation -> {
            Object arg = invocation.getArguments().length == 1 ? invocation.getArgument(0) : null;
            if (!(arg instanceof BotApiMethod<?> method)) {
                return null;
            }
            calls.add(method);
            if (failing.stream().anyMatch(f -> f.equalsIgnoreCase(method.getMethod()))) {
                throw new TelegramApiException("Unable to execute " + method.getMethod() + " method");
            }
            if (method instanceof SendMessage sm) {
                Message m = new Message();
                m.setMessageId(nextMessageId++);
                m.setChat(new Chat(Long.parseLong(sm.getChatId()), Long.parseLong(sm.getChatId()) > 0 ? "private" : "supergroup"));
                return m;
            }
            return Boolean.TRUE;
        });
        service = mock(AnswerService.class);
        when(service.answer(anyString(), any(), any())).thenAnswer(inv -> answered(inv.getArgument(0), Language.EN, 2));
        ticker = Executors.newSingleThreadScheduledExecutor();
        BotApi api = new BotApi(client, new RateLimiter(RateLimiter.Limits.NONE), new BotApi.Retry(3, 1, 2, 5), ms -> { });
        TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();
        memory = new ChatMemory(Language.EN, 1000, 1000);
        Responder responder = new Responder(api, service, renderer, memory, ticker);
        router = new UpdateRouter(api, service, renderer, memory, new FeedbackLog(dir.resolve("feedback.jsonl")), responder, ME,
                List.of(), null);
    }

    @AfterEach
    void tearDown() {
        ticker.shutdownNow();
    }

    void handle(com.fasterxml.jackson.databind.node.ObjectNode update) throws Exception {
        router.handle(TestUpdates.parse(update));
    }

    <T> List<T> sent(Class<T> type) {
        synchronized (calls) {
            return calls.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    List<String> callbackData(InlineKeyboardMarkup markup) {
        return markup.getKeyboard().stream().flatMap(List::stream).map(InlineKeyboardButton::getCallbackData).toList();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Private chats

    @Test
    void startExplainsTheBotItsKnowledgeAndThatItIsNotLegalAdvice() throws Exception {
        handle(TestUpdates.privateText(11, "/start"));
        SendMessage m = sent(SendMessage.class).get(0);
        assertEquals("11", m.getChatId());
        assertTrue("HTML".equalsIgnoreCase(m.getParseMode()));
        assertTrue(m.getText().contains("moderated collection of documents"), m.getText());
        assertTrue(m.getText().contains("not legal advice"), m.getText());
        HtmlChecks.assertValid(m.getText());
    }

    @Test
    void startInRussianForARussianTelegram() throws Exception {
        handle(TestUpdates.privateText(12, "/start", "ru"));
        assertTrue(sent(SendMessage.class).get(0).getText().contains("не юридическая консультация"));
    }

    @Test
    void helpListsCommandsAndGroupUse() throws Exception {
        handle(TestUpdates.privateText(11, "/help@" + ME.username()));
        String text = sent(SendMessage.class).get(0).getText();
        assertTrue(text.contains("/sources") && text.contains("/lang") && text.contains("/ask"), text);
        assertTrue(text.contains("@" + ME.username()), text);
    }

    @Test
    void sourcesListsTheKnownDocumentsWithKindsAndDates() throws Exception {
        when(service.sources()).thenReturn(List.of(new SourceMeta("kg-law", "Law on <rehabilitation>", Kind.LAW, "Toktom", null,
                new PartialDate(2024, 12, 0), List.of("KG"), Language.EN, null, "kg/law.en.md")));
        handle(TestUpdates.privateText(11, "/sources"));
        String text = sent(SendMessage.class).get(0).getText();
        HtmlChecks.assertValid(text);
        assertTrue(text.contains("Law on &lt;rehabilitation&gt; — Toktom (law, December 2024, KG)"), text);
    }

    @Test
    void langWithoutArgumentOffersButtonsAndAButtonSetsTheLanguage() throws Exception {
        handle(TestUpdates.privateText(11, "/lang"));
        SendMessage m = sent(SendMessage.class).get(0);
        assertEquals(List.of("l:en", "l:ru"), callbackData((InlineKeyboardMarkup) m.getReplyMarkup()));
        handle(TestUpdates.callback(11, "private", 100, 11, "l:ru"));
        assertEquals(Language.RU, memory.language(11, null));
        EditMessageText edit = sent(EditMessageText.class).get(0);
        assertEquals(100, edit.getMessageId());
        assertEquals("Язык: русский.", edit.getText());
        assertEquals(1, sent(AnswerCallbackQuery.class).size());
        // the chosen language is what questions are answered in when their script does not decide
        handle(TestUpdates.privateText(11, "2024?"));
        verify(service).answer("2024?", null, Language.RU);
    }

    @Test
    void langWithAnArgumentSetsItAndABadOneGetsUsage() throws Exception {
        handle(TestUpdates.privateText(11, "/lang ru"));
        assertEquals(Language.RU, memory.language(11, null));
        assertEquals("Язык: русский.", sent(SendMessage.class).get(0).getText());
        handle(TestUpdates.privateText(11, "/lang de"));
        assertTrue(sent(SendMessage.class).get(1).getText().contains("/lang en"));
    }

    @Test
    void defaultLanguageComesFromTheUsersTelegramLanguage() throws Exception {
        handle(TestUpdates.privateText(21, "когда?", "ru"));
        verify(service).answer("когда?", null, Language.RU);
        handle(TestUpdates.privateText(22, "when?", "kk"));
        verify(service).answer("when?", null, Language.RU);
        handle(TestUpdates.privateText(23, "when?", "de"));
        verify(service).answer("when?", null, Language.EN);
    }

    @Test
    void aQuestionGetsTypingThenACitedAnswerWithQuotesAndFeedbackButtons() throws Exception {
        handle(TestUpdates.privateText(11, "When was the law adopted?"));
        assertTrue(calls.get(0) instanceof SendChatAction, "typing first: " + calls);
        assertEquals("typing", ((SendChatAction) calls.get(0)).getAction());
        SendMessage m = sent(SendMessage.class).get(0);
        HtmlChecks.assertValid(m.getText());
        assertTrue(m.getText().startsWith("The law was adopted. [1][2]"), m.getText());
        assertTrue(m.getText().contains("<b>Sources</b>\n[1] <a href=\"https://24.kg/1\">Title 1</a>"), m.getText());
        assertNull(m.getReplyParameters(), "private answers are not threaded");
        List<String> data = callbackData((InlineKeyboardMarkup) m.getReplyMarkup());
        assertEquals(3, data.size());
        assertTrue(data.get(0).startsWith("q:") && data.get(1).startsWith("f:") && data.get(1).endsWith(":u")
                && data.get(2).endsWith(":d"), data.toString());
        for (String d : data) {
            assertTrue(d.getBytes(StandardCharsets.UTF_8).length <= 64, d);
        }
        List<String> buttons = ((InlineKeyboardMarkup) m.getReplyMarkup()).getKeyboard().get(0).stream().map(InlineKeyboardButton::getText).toList();
        assertEquals(List.of("Quotes", "👍", "👎"), buttons);
    }

    @Test
    void theFollowUpGetsThePreviousQuestionOfTheSameChat() throws Exception {
        handle(TestUpdates.privateText(11, "When was the Kyrgyz law adopted?"));
        handle(TestUpdates.privateText(12, "Other chat question"));
        handle(TestUpdates.privateText(11, "And who signed it?"));
        verify(service).answer("When was the Kyrgyz law adopted?", null, Language.EN);
        verify(service).answer("And who signed it?", "When was the Kyrgyz law adopted?", Language.EN);
        verify(service).answer("Other chat question", null, Language.EN);
    }

    @Test
    void aQuestionPointingBackToTheFirstIsCompletedFromTheFirst() throws Exception {
        String first = "My grandmother was born in a special settlement in Komi. Is she counted as repressed?";
        handle(TestUpdates.privateText(11, first));
        handle(TestUpdates.privateText(11, "and who pays it?"));
        handle(TestUpdates.privateText(11, "going back to my first question - can she get housing?"));
        verify(service).answer("going back to my first question - can she get housing?", first, Language.EN);
    }

    @Test
    void askInAPrivateChatIsAQuestionAndEmptyAskGetsUsage() throws Exception {
        handle(TestUpdates.privateText(11, "/ask What is the law?"));
        verify(service).answer("What is the law?", null, Language.EN);
        handle(TestUpdates.privateText(11, "/ask"));
        assertTrue(sent(SendMessage.class).get(1).getText().contains("after /ask"));
    }

    @Test
    void aRefusalHasFeedbackButtonsButNoQuotes() throws Exception {
        when(service.answer(anyString(), any(), any())).thenReturn(refused("weather?"));
        handle(TestUpdates.privateText(11, "weather?"));
        SendMessage m = sent(SendMessage.class).get(0);
        assertEquals("My sources say nothing about that.", m.getText());
        List<String> data = callbackData((InlineKeyboardMarkup) m.getReplyMarkup());
        assertEquals(2, data.size());
        assertTrue(data.stream().allMatch(d -> d.startsWith("f:")));
    }

    @Test
    void unknownCommandsStickersPhotosWithoutCaptionAndEditsInPrivateGetAHint() throws Exception {
        handle(TestUpdates.privateText(11, "/weather"));
        handle(TestUpdates.sticker(11, "private"));
        handle(TestUpdates.photo(11, "private", null));
        handle(TestUpdates.edited(11, "private", "corrected question"));
        List<String> texts = sent(SendMessage.class).stream().map(SendMessage::getText).toList();
        assertEquals(4, texts.size());
        assertTrue(texts.get(0).contains("/help"));
        assertEquals("Please send me your question as text.", texts.get(1));
        assertEquals("Please send me your question as text.", texts.get(2));
        assertTrue(texts.get(3).contains("new message"));
        verify(service, never()).answer(anyString(), any(), any());
    }

    @Test
    void aPhotoCaptionInPrivateIsAQuestion() throws Exception {
        handle(TestUpdates.photo(11, "private", "what is this law?"));
        verify(service).answer(eq("what is this law?"), isNull(), eq(Language.EN));
    }

    @Test
    void aFailingAnswerServiceGetsTheUserAnApology() throws Exception {
        when(service.answer(anyString(), any(), any())).thenThrow(new IllegalStateException("index broken"));
        handle(TestUpdates.privateText(11, "question"));
        assertTrue(sent(SendMessage.class).get(0).getText().startsWith("Something went wrong"));
    }

    @Test
    void failingTypingIndicatorDoesNotStopTheAnswer() throws Exception {
        failing.add("sendChatAction");
        handle(TestUpdates.privateText(11, "question"));
        assertEquals(1, sent(SendChatAction.class).size());
        assertEquals(1, sent(SendMessage.class).size());
    }

    @Test
    void htmlTelegramCannotParseIsResentAsPlainText() throws Exception {
        TelegramClient refusing = mock(TelegramClient.class);
        ApiResponse<Object> error = ApiResponse.builder().ok(false).errorCode(400)
                .errorDescription("Bad Request: can't parse entities: unexpected end tag").build();
        Message ok = new Message();
        ok.setMessageId(5);
        when(refusing.execute(any(SendMessage.class)))
                .thenThrow(new TelegramApiRequestException("Error executing query", error))
                .thenReturn(ok);
        BotApi api = new BotApi(refusing, new RateLimiter(RateLimiter.Limits.NONE), BotApi.Retry.DEFAULT, ms -> { });
        Responder responder = new Responder(api, service, new TelegramHtmlRenderer(), memory, ticker);
        SendMessage m = SendMessage.builder().chatId(1L).text("<b>a &amp; b</b>").parseMode("HTML").build();
        assertEquals(5, responder.sendHtml(m, 1, false).getMessageId());
        assertNull(m.getParseMode());
        assertEquals("a & b", m.getText());
    }

    @Test
    void failingCommandRegistrationIsOnlyLogged() {
        failing.add("setMyCommands");
        TelegramBot.registerCommands(new BotApi(client, new RateLimiter(RateLimiter.Limits.NONE), BotApi.Retry.DEFAULT));
        List<org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands> tried =
                sent(org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands.class);
        assertEquals(2, tried.size());
        assertNull(tried.get(0).getLanguageCode());
        assertEquals("ru", tried.get(1).getLanguageCode());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Groups

    @Test
    void groupMessagesNotAddressedToTheBotAreIgnored() throws Exception {
        handle(TestUpdates.groupText(-100, 5, "When was the law adopted?"));
        handle(TestUpdates.groupText(-100, 5, "/ask@OtherBot When?"));
        handle(TestUpdates.groupText(-100, 5, "/sources"));
        handle(TestUpdates.groupText(-100, 5, "mail me at x@" + ME.username() + "s.org"));
        handle(TestUpdates.groupReply(-100, 5, "I agree", 77, 12345));
        handle(TestUpdates.sticker(-100, "supergroup"));
        handle(TestUpdates.edited(-100, "supergroup", "@" + ME.username() + " edited"));
        handle(TestUpdates.membersJoined(-100));
        assertTrue(calls.isEmpty(), "no calls expected: " + calls);
    }

    @Test
    void askInAGroupIsAnsweredThreadedToTheAsker() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode u = TestUpdates.groupText(-100, 5, "/ask@" + ME.username() + " When was the law adopted?");
        int messageId = u.get("message").get("message_id").asInt();
        handle(u);
        verify(service).answer("When was the law adopted?", null, Language.EN);
        SendMessage m = sent(SendMessage.class).get(0);
        assertEquals("-100", m.getChatId());
        assertEquals(messageId, m.getReplyParameters().getMessageId());
        assertTrue(m.getReplyParameters().getAllowSendingWithoutReply());
    }

    @Test
    void aMentionByEntityOrByTextIsAQuestionWithoutTheMention() throws Exception {
        handle(TestUpdates.groupMention(-100, 5, "", ", when was the law adopted?"));
        verify(service).answer("when was the law adopted?", null, Language.EN);
        handle(TestUpdates.groupText(-100, 6, "Tell me @" + ME.username().toLowerCase() + " about Uzbekistan"));
        verify(service).answer("Tell me about Uzbekistan", null, Language.EN);
        assertEquals(2, sent(SendMessage.class).size());
        assertNotNull(sent(SendMessage.class).get(1).getReplyParameters());
    }

    @Test
    void aReplyToTheBotIsAFollowUpOfTheQuestionThatMessageAnswered() throws Exception {
        handle(TestUpdates.groupText(-100, 5, "/ask When was the Kyrgyz law adopted?"));
        int botMessage = sent(SendMessage.class).get(0).getReplyParameters() == null ? -1 : nextMessageId - 1;
        handle(TestUpdates.groupReply(-100, 7, "And who signed it?", botMessage, ME.id()));
        verify(service).answer("And who signed it?", "When was the Kyrgyz law adopted?", Language.EN);
        assertEquals(2, sent(SendMessage.class).size());
    }

    @Test
    void emptyAskAndBareMentionGetUsageAndHelp() throws Exception {
        handle(TestUpdates.groupText(-100, 5, "/ask"));
        handle(TestUpdates.groupMention(-100, 5, "", ""));
        List<SendMessage> sent = sent(SendMessage.class);
        assertTrue(sent.get(0).getText().contains("after /ask"));
        assertTrue(sent.get(1).getText().contains("/sources"));
        sent.forEach(m -> assertNotNull(m.getReplyParameters()));
        verify(service, never()).answer(anyString(), any(), any());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Buttons

    @Test
    void quotesButtonShowsTheCitedPassagesWithSourceAndPathLine() throws Exception {
        handle(TestUpdates.privateText(11, "question"));
        SendMessage answer = sent(SendMessage.class).get(0);
        String quotes = callbackData((InlineKeyboardMarkup) answer.getReplyMarkup()).get(0);
        handle(TestUpdates.callback(11, "private", 100, 11, quotes));
        SendMessage q = sent(SendMessage.class).get(1);
        HtmlChecks.assertValid(q.getText());
        assertTrue(q.getText().contains("<blockquote expandable>Quoted passage 1 &lt;with&gt; &amp; markup</blockquote>"), q.getText());
        assertFalse(q.getText().contains("kg/doc2.en.md"), "no knowledge paths for users: " + q.getText());
        assertFalse(q.getText().contains("<code>"), q.getText());
        assertEquals(100, q.getReplyParameters().getMessageId());
        assertEquals(1, sent(AnswerCallbackQuery.class).size());
    }

    @Test
    void repeatedQuotesTapsSendTheQuotesOnceAndTakeTheButtonOff() throws Exception {
        handle(TestUpdates.privateText(11, "question"));
        String quotes = callbackData((InlineKeyboardMarkup) sent(SendMessage.class).get(0).getReplyMarkup()).get(0);
        for (int i = 0; i < 15; i++) {
            handle(TestUpdates.callback(11, "private", 100, 11, quotes));
        }
        assertEquals(2, sent(SendMessage.class).size(), "the answer and one quotes message");
        List<AnswerCallbackQuery> answers = sent(AnswerCallbackQuery.class);
        assertEquals(15, answers.size(), "every tap is acknowledged");
        assertEquals(14, answers.stream().filter(a -> "The quotes are in the chat above.".equals(a.getText())).count());
        List<org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup> edits =
                sent(org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup.class);
        assertEquals(1, edits.size());
        assertEquals(100, edits.get(0).getMessageId());
        List<String> left = callbackData(edits.get(0).getReplyMarkup());
        assertEquals(2, left.size(), "the votes stay: " + left);
        assertTrue(left.stream().allMatch(d -> d.startsWith("f:")), left.toString());
        // another answer's quotes are still shown
        handle(TestUpdates.privateText(11, "another question"));
        String other = callbackData((InlineKeyboardMarkup) sent(SendMessage.class).get(2).getReplyMarkup()).get(0);
        handle(TestUpdates.callback(11, "private", 101, 11, other));
        assertEquals(4, sent(SendMessage.class).size());
    }

    @Test
    void quotesThatCouldNotBeSentAreShownOnTheNextTap() throws Exception {
        handle(TestUpdates.privateText(11, "question"));
        String quotes = callbackData((InlineKeyboardMarkup) sent(SendMessage.class).get(0).getReplyMarkup()).get(0);
        failing.add("sendmessage");
        try {
            handle(TestUpdates.callback(11, "private", 100, 11, quotes));
        } catch (TelegramApiException expected) {
            // the chat's worker logs it
        }
        failing.clear();
        handle(TestUpdates.callback(11, "private", 100, 11, quotes));
        List<SendMessage> sent = sent(SendMessage.class);
        assertEquals(3, sent.size(), "the answer, the failed quotes, the quotes");
        assertTrue(sent.get(2).getText().contains("<blockquote expandable>"), sent.get(2).getText());
    }

    @Test
    void feedbackIsAppendedAsJsonOncePerUser() throws Exception {
        handle(TestUpdates.privateText(11, "When was the law adopted?"));
        List<String> data = callbackData((InlineKeyboardMarkup) sent(SendMessage.class).get(0).getReplyMarkup());
        handle(TestUpdates.callback(11, "private", 100, 11, data.get(1)));
        handle(TestUpdates.callback(11, "private", 100, 11, data.get(2)));
        handle(TestUpdates.callback(11, "private", 100, 12, data.get(2)));
        List<String> lines = Files.readAllLines(dir.resolve("feedback.jsonl"));
        assertEquals(2, lines.size());
        JsonNode first = TestUpdates.JSON.readTree(lines.get(0));
        assertEquals("up", first.get("vote").asText());
        assertEquals("When was the law adopted?", first.get("question").asText());
        assertEquals("private", first.get("chat_type").asText());
        assertEquals("kg/doc1.en.md", first.get("citations").get(0).get("path").asText());
        assertEquals("down", TestUpdates.JSON.readTree(lines.get(1)).get("vote").asText());
        List<String> replies = sent(AnswerCallbackQuery.class).stream().map(AnswerCallbackQuery::getText).toList();
        assertEquals(List.of("Thank you for the feedback!", "Your feedback is already recorded.", "Thank you for the feedback!"), replies);
    }

    @Test
    void unknownOrExpiredButtonsAreAnsweredWithoutACrash() throws Exception {
        handle(TestUpdates.callback(11, "private", 100, 11, "q:zzzz9"));
        handle(TestUpdates.callback(11, "private", 100, 11, "garbage"));
        handle(TestUpdates.callback(11, "private", 100, 11, "f:nope:u"));
        List<AnswerCallbackQuery> answers = sent(AnswerCallbackQuery.class);
        assertEquals(3, answers.size());
        assertTrue(answers.get(0).getText().contains("no longer"));
        assertEquals(0, sent(SendMessage.class).size());
    }

    @Test
    void aFailingCallbackAnswerDoesNotStopTheQuotes() throws Exception {
        handle(TestUpdates.privateText(11, "question"));
        String quotes = callbackData((InlineKeyboardMarkup) sent(SendMessage.class).get(0).getReplyMarkup()).get(0);
        failing.add("answerCallbackQuery");
        handle(TestUpdates.callback(11, "private", 100, 11, quotes));
        assertEquals(2, sent(SendMessage.class).size());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Inline mode

    @Test
    void inlineQueryGetsTheShortAnswerAndTheTopSources() throws Exception {
        when(service.answer(eq("when was the law adopted"), isNull(), any())).thenAnswer(inv -> answered("q", Language.EN, 3));
        handle(TestUpdates.inline(5, "when was the law adopted", "en"));
        AnswerInlineQuery a = sent(AnswerInlineQuery.class).get(0);
        assertEquals(3, a.getResults().size());
        InlineQueryResultArticle first = (InlineQueryResultArticle) a.getResults().get(0);
        assertEquals("The law was adopted.", first.getTitle());
        InputTextMessageContent content = (InputTextMessageContent) first.getInputMessageContent();
        assertTrue("HTML".equalsIgnoreCase(content.getParseMode()));
        HtmlChecks.assertValid(content.getMessageText());
        assertTrue(content.getMessageText().contains("[1][2][3]"));
        InlineQueryResultArticle source = (InlineQueryResultArticle) a.getResults().get(1);
        assertEquals("[1] Title 1", source.getTitle());
        HtmlChecks.assertValid(((InputTextMessageContent) source.getInputMessageContent()).getMessageText());
    }

    @Test
    void emptyInlineQueryGetsAHintAndARefusalOneResult() throws Exception {
        handle(TestUpdates.inline(5, "  ", "ru"));
        AnswerInlineQuery hint = sent(AnswerInlineQuery.class).get(0);
        assertEquals(1, hint.getResults().size());
        assertEquals("Задайте вопрос о законах о реабилитации", ((InlineQueryResultArticle) hint.getResults().get(0)).getTitle());
        when(service.answer(anyString(), any(), any())).thenReturn(refused("weather"));
        handle(TestUpdates.inline(5, "weather", "en"));
        assertEquals(1, sent(AnswerInlineQuery.class).get(1).getResults().size());
    }

    @Test
    void anInlineQueryOvertakenByANewerOneIsSkipped() throws Exception {
        var older = TestUpdates.parse(TestUpdates.inline(5, "when", "en"));
        var newer = TestUpdates.parse(TestUpdates.inline(5, "when was", "en"));
        router.arrived(older);
        router.arrived(newer);
        router.handle(older);
        router.handle(newer);
        assertEquals(1, sent(AnswerInlineQuery.class).size());
        assertEquals(newer.getInlineQuery().getId(), sent(AnswerInlineQuery.class).get(0).getInlineQueryId());
    }

    @Test
    void otherUpdatesAreIgnored() throws Exception {
        handle(TestUpdates.channelPost(-1001, "news"));
        handle(TestUpdates.poll());
        handle(TestUpdates.myChatMember(-5));
        assertTrue(calls.isEmpty());
        assertNull(router.keyOf(TestUpdates.parse(TestUpdates.poll())));
        assertNull(router.keyOf(TestUpdates.parse(TestUpdates.channelPost(-1001, "x"))));
        // group messages not addressed to the bot are dropped before queueing; addressed ones are queued by chat
        assertNull(router.keyOf(TestUpdates.parse(TestUpdates.groupText(-100, 5, "chatter"))));
        assertNull(router.keyOf(TestUpdates.parse(TestUpdates.membersJoined(-100))));
        assertNull(router.keyOf(TestUpdates.parse(TestUpdates.edited(-100, "supergroup", "/ask x"))));
        assertEquals("c-100", router.keyOf(TestUpdates.parse(TestUpdates.groupText(-100, 5, "/ask x"))));
        assertEquals("c11", router.keyOf(TestUpdates.parse(TestUpdates.sticker(11, "private"))));
        assertEquals("i5", router.keyOf(TestUpdates.parse(TestUpdates.inline(5, "q", "en"))));
    }

    @Test
    void busyNoticeGoesToPrivateQuestionsAndAddressedGroupMessagesOnly() throws Exception {
        router.busy(TestUpdates.parse(TestUpdates.privateText(11, "question")));
        router.busy(TestUpdates.parse(TestUpdates.groupText(-100, 5, "chatter")));
        router.busy(TestUpdates.parse(TestUpdates.groupText(-100, 5, "/ask question")));
        List<SendMessage> sent = sent(SendMessage.class);
        assertEquals(2, sent.size());
        assertTrue(sent.get(0).getText().contains("still answering"));
        assertEquals("-100", sent.get(1).getChatId());
        assertFalse(sent.get(1).getReplyParameters() == null);
    }

    @Test
    void captionsAnonymousAdminsAndChannelSendersAreQueuedAndAnsweredButOtherBotsAreNot() throws Exception {
        assertEquals("c-100", router.keyOf(TestUpdates.parse(TestUpdates.captionedPhoto(-100, "supergroup", 5, "/ask law?"))));
        assertEquals("c-100", router.keyOf(TestUpdates.parse(TestUpdates.anonymousAdmin(-100, "/ask law?"))));
        assertEquals("c-100", router.keyOf(TestUpdates.parse(TestUpdates.asChannel(-100, -200, "@" + ME.username() + " law?", false))));
        assertNull(router.keyOf(TestUpdates.parse(TestUpdates.captionedPhoto(-100, "supergroup", 5, "holiday photo"))));
        assertNull(router.keyOf(TestUpdates.parse(TestUpdates.fromOtherBot(-100, 9, "/ask law?"))));
        assertNull(router.keyOf(TestUpdates.parse(TestUpdates.asChannel(-100, -200, "@" + ME.username() + " law?", true))));

        handle(TestUpdates.anonymousAdmin(-100, "/ask When was the law adopted?"));
        handle(TestUpdates.asChannel(-100, -200, "@" + ME.username() + " And in Uzbekistan?", false));
        handle(TestUpdates.captionedPhoto(-100, "supergroup", 5, "📷 @" + ME.username() + ", what is this law?"));
        handle(TestUpdates.fromOtherBot(-100, 9, "/ask law?"));
        verify(service).answer(eq("When was the law adopted?"), isNull(), eq(Language.EN));
        // the channel is an asker of its own: it does not continue the anonymous admin's conversation
        verify(service).answer(eq("And in Uzbekistan?"), isNull(), eq(Language.EN));
        verify(service).answer(eq("📷 what is this law?"), isNull(), eq(Language.EN));
        assertEquals(3, sent(SendMessage.class).size());
        // a captioned question is also told when the bot is busy
        router.busy(TestUpdates.parse(TestUpdates.captionedPhoto(-100, "supergroup", 5, "/ask law?")));
        assertEquals(4, sent(SendMessage.class).size());
    }

    @Test
    void sourcesGoOutAsOnePageWithButtonsAndAPageButtonEditsTheMessage() throws Exception {
        List<SourceMeta> docs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            docs.add(new SourceMeta("d" + i, "Doc " + i, Kind.NEWS, "24.kg", null, new PartialDate(2000 + i, 1, 1),
                    List.of("KG"), Language.EN, null, "kg/d" + i + ".en.md"));
        }
        when(service.sources()).thenReturn(docs);
        handle(TestUpdates.privateText(11, "/sources"));
        List<SendMessage> sent = sent(SendMessage.class);
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).getText().endsWith("<i>Page 1 of 3</i>"), sent.get(0).getText());
        List<String> data = callbackData((InlineKeyboardMarkup) sent.get(0).getReplyMarkup());
        assertEquals(List.of("s:1"), data);
        handle(TestUpdates.callback(11, "private", 100, 11, "s:2"));
        EditMessageText edit = sent(EditMessageText.class).get(0);
        assertEquals(100, edit.getMessageId());
        assertTrue(edit.getText().endsWith("<i>Page 3 of 3</i>") && edit.getText().contains("Doc 0"), edit.getText());
        assertEquals(List.of("s:1"), callbackData(edit.getReplyMarkup()), "only Back on the last page");
        assertEquals(1, sent(AnswerCallbackQuery.class).size());
        assertEquals(1, sent(SendMessage.class).size(), "no new message for a page");
    }

    @Test
    void privacyAnswersInPrivateAndInGroupsWhenNamed() throws Exception {
        handle(TestUpdates.privateText(11, "/privacy"));
        handle(TestUpdates.groupText(-100, 5, "/privacy@" + ME.username()));
        handle(TestUpdates.groupText(-100, 5, "/privacy"));
        List<SendMessage> sent = sent(SendMessage.class);
        assertEquals(2, sent.size(), "a bare /privacy in a group may be for another bot");
        assertTrue(sent.get(0).getText().contains("feedback.jsonl"), sent.get(0).getText());
        assertEquals("-100", sent.get(1).getChatId());
    }
}
