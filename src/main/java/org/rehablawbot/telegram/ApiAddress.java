package org.rehablawbot.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import org.rehablawbot.config.ConfigException;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Where the Bot API server is: {@code https://api.telegram.org} or a self-hosted server at any
 * {@code http(s)://host:port}. A path after the address is not supported (the Bot API lives at the root).
 *
 * @param scheme {@code http} or {@code https}
 * @param port   the explicit port, or 443 / 80 by scheme
 */
public record ApiAddress(String scheme, String host, int port) {

    public static final ApiAddress TELEGRAM = new ApiAddress("https", "api.telegram.org", 443);

    /** Parses {@code telegram.api_url}; a bad address throws a {@link ConfigException} naming the setting. */
    public static ApiAddress parse(String url) {
        String bad = "telegram.api_url (TELEGRAM_API_URL) has bad value \"" + url
                + "\"; allowed: an http:// or https:// address of the form scheme://host[:port], with no path";
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null
                    || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
                throw new ConfigException(bad);
            }
            int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return new ApiAddress(scheme, uri.getHost(), port);
        } catch (URISyntaxException e) {
            throw new ConfigException(bad);
        }
    }

    /** The address in the form the TelegramBots client takes. */
    public TelegramUrl telegramUrl() {
        return new TelegramUrl(scheme, host, port, false);
    }

    /**
     * The download address of a file the Bot API returned from {@code getFile}:
     * {@code <api>/file/bot<token>/<file_path>}. It contains the token: never log it.
     */
    public String fileUrl(String token, String filePath) {
        return this + "/file/bot" + token + "/" + filePath;
    }

    /** {@code scheme://host:port}, without any token. */
    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
