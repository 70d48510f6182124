package org.rehablawbot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.moderation.ModerationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Moderator commands and uploads in private chats, handed to a {@link ModerationService}: {@code /status},
 * {@code /reload}, {@code /validate}, {@code /remove …}, and documents sent to the bot. For a document it checks
 * the name and the size Telegram reports, asks {@code getFile} for the file's path, downloads it from
 * {@code <api_url>/file/bot<token>/<file_path>} (TelegramBots' own download ignores a custom Bot API address)
 * reading at most 1 MB, and passes name and bytes on. Replies are plain text in the moderator's language (the
 * chat's chosen one, else the user's Telegram language), each cut to fit one Telegram message
 * ({@link OneMessage}). Everything else is left to the bot's own handling.
 */
public final class ModerationHandler implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(ModerationHandler.class);

    private final ModerationService moderation;
    private final HttpClient http;

    public ModerationHandler(ModerationService moderation) {
        this.moderation = moderation;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public boolean handle(Update update, Context context) throws Exception {
        if (!update.hasMessage()) {
            return false;
        }
        Message m = update.getMessage();
        if (m.getChat() == null || m.getChatId() == null || !"private".equals(m.getChat().getType())) {
            return false;
        }
        User from = m.getFrom();
        if (from == null || from.getId() == null || Boolean.TRUE.equals(from.getIsBot())) {
            return false;
        }
        Language language = context.language().apply(m);
        if (m.hasDocument()) {
            reply(context, m, upload(m.getDocument(), from, context, language), language);
            return true;
        }
        String text = m.getText();
        Optional<String> command = ModerationService.commandOf(text);
        if (command.isEmpty() || !addressedToUs(text, context)) {
            return false;
        }
        reply(context, m, moderation.command(from.getId(), from.getUserName(), text, language), language);
        return true;
    }

    /** True when {@code userId} is one of the configured moderators. */
    boolean isModerator(long userId) {
        return moderation.isModerator(userId);
    }

    /** A command naming another bot ({@code /status@OtherBot}) is not ours. */
    private static boolean addressedToUs(String text, Context context) {
        String word = text.strip().split("\\s+", 2)[0];
        int at = word.indexOf('@');
        return at < 0 || word.substring(at + 1).equalsIgnoreCase(context.identity().username());
    }

    private String upload(Document document, User from, Context context, Language language) {
        String name = document.getFileName();
        Optional<String> refused = moderation.checkBeforeDownload(from.getId(), from.getUserName(), name,
                document.getFileSize(), language);
        if (refused.isPresent()) {
            return refused.get();
        }
        byte[] bytes;
        try {
            File file = context.api().call(new GetFile(document.getFileId()));
            if (file == null || file.getFilePath() == null) {
                return moderation.downloadFailed(from.getId(), from.getUserName(), name, "Telegram gave no file path", language);
            }
            refused = moderation.checkBeforeDownload(from.getId(), from.getUserName(), name, file.getFileSize(), language);
            if (refused.isPresent()) {
                return refused.get();
            }
            bytes = download(context.config().api().fileUrl(context.config().token(), file.getFilePath()));
        } catch (TelegramApiException e) {
            log.warn("getFile for an upload failed: {}", BotApi.describe(e));
            return moderation.downloadFailed(from.getId(), from.getUserName(), name, "getFile failed: " + e.getMessage(), language);
        } catch (IOException e) {
            String reason = mask(e.getMessage(), context.config().token());
            log.warn("downloading an upload failed: {}", reason);
            return moderation.downloadFailed(from.getId(), from.getUserName(), name, reason, language);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return moderation.downloadFailed(from.getId(), from.getUserName(), name, "interrupted", language);
        }
        return moderation.upload(from.getId(), from.getUserName(), name, bytes, language);
    }

    /** Downloads at most {@link ModerationService#MAX_UPLOAD_BYTES} + 1 bytes (one more shows it is too large). */
    private byte[] download(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("the Bot API server answered HTTP " + response.statusCode() + " to the download");
            }
            return in.readNBytes((int) ModerationService.MAX_UPLOAD_BYTES + 1);
        }
    }

    private static String mask(String message, String token) {
        if (message == null) {
            return "connection failed";
        }
        return token == null || token.isEmpty() ? message : message.replace(token, "<token>");
    }

    /** Sends a plain-text reply, cut to one message when long (a problem list ends with "… and N more lines"). */
    private static void reply(Context context, Message to, String text, Language language) throws TelegramApiException {
        long chatId = to.getChatId();
        String body = OneMessage.fit(text, language);
        context.api().send(SendMessage.builder().chatId(chatId).text(body).build(), chatId, false);
    }
}
