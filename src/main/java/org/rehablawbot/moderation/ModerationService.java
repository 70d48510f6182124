package org.rehablawbot.moderation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rehablawbot.knowledge.KnowledgeFolder;
import org.rehablawbot.knowledge.KnowledgeParser;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.LoadedFile;
import org.rehablawbot.knowledge.Problem;
import org.rehablawbot.knowledge.SourceMeta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderators' commands and uploads, independent of Telegram: each call takes who asks (Telegram user id and
 * username) and what, and returns the reply as plain text. Only the user ids in {@code telegram.moderator_ids}
 * may use them; anyone else gets a polite refusal, and the attempt is logged and audited. Every action is
 * written to the {@link AuditLog}.
 *
 * <ul>
 *   <li>{@code /status}: documents, passages, the last reload (time, duration, what changed), current problems;</li>
 *   <li>{@code /reload}: reloads the knowledge folder now and says what changed;</li>
 *   <li>{@code /validate}: checks the folder and lists its problems as {@code path:line: message};</li>
 *   <li>{@code /remove <id> [<language>]}: removes the files of a document, in every language or one;</li>
 *   <li>an uploaded {@code .md} or {@code .txt} file: checked, then written atomically to
 *       {@code <jurisdiction>/<id>.<language>.md} (or over the file that already holds that id and language)
 *       and reloaded, so it is answerable when the reply comes.</li>
 * </ul>
 *
 * <p>A file replaced or removed is first copied to {@code <data.dir>/removed/<time>/<path>}, so no moderator
 * action loses text. Thread-safe: changes to the folder are made one at a time.
 *
 * <p>Replies are in the language the caller gives (the moderator's), from the interface texts' resource bundle
 * (keys {@code moderation.*}); the problems of knowledge files ({@code path:line: message}) and the audit log stay
 * in English. Without a language the replies are in English and the refusal in English and Russian.
 */
public final class ModerationService {

    /** The largest file accepted, as for every knowledge file: 1 MB. */
    public static final long MAX_UPLOAD_BYTES = 1024 * 1024;

    /** The commands this service answers (without the slash). */
    public static final Set<String> COMMANDS = Set.of("status", "reload", "validate", "remove");

    /** How long a command waits for a reload before replying that it is still running. */
    static final Duration RELOAD_WAIT = Duration.ofSeconds(60);

    /** Longest reply; Telegram allows 4096 characters a message. */
    static final int MAX_REPLY_CHARS = 3800;

    /** The refusal to someone who is not a moderator when their language is not known: English, then Russian. */
    static final String REFUSAL = ModerationTexts.get(Language.EN, "refusal") + "\n"
            + ModerationTexts.get(Language.RU, "refusal");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(ModerationService.class);

    private final Set<Long> moderators;
    private final Path knowledgeDir;
    private final Path removedDir;
    private final KnowledgeReloader reloader;
    private final AuditLog audit;
    private final Clock clock;
    private final Object folderLock = new Object();
    private final List<java.util.function.Supplier<String>> statusLines = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param moderators   Telegram user ids allowed to moderate ({@code Settings.moderatorIds()})
     * @param knowledgeDir the knowledge folder
     * @param dataDir      the data folder; replaced and removed files are kept under {@code removed/}
     */
    public ModerationService(Set<Long> moderators, Path knowledgeDir, Path dataDir, KnowledgeReloader reloader,
            AuditLog audit) {
        this(moderators, knowledgeDir, dataDir, reloader, audit, Clock.systemUTC());
    }

    ModerationService(Set<Long> moderators, Path knowledgeDir, Path dataDir, KnowledgeReloader reloader,
            AuditLog audit, Clock clock) {
        this.moderators = Set.copyOf(moderators);
        this.knowledgeDir = knowledgeDir.toAbsolutePath().normalize();
        this.removedDir = dataDir.toAbsolutePath().normalize().resolve("removed");
        this.reloader = reloader;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isModerator(long userId) {
        return moderators.contains(userId);
    }

    /**
     * The command name if {@code text}'s first word is a moderation command ({@code /status}, {@code /status@bot},
     * {@code /remove x en}), else empty.
     */
    public static Optional<String> commandOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!t.startsWith("/")) {
            return Optional.empty();
        }
        String word = t.split("\\s+", 2)[0].substring(1);
        int at = word.indexOf('@');
        if (at >= 0) {
            word = word.substring(0, at);
        }
        word = word.toLowerCase(Locale.ROOT);
        return COMMANDS.contains(word) ? Optional.of(word) : Optional.empty();
    }

    /** {@link #command(long, String, String, Language)} without a known language: the reply in English. */
    public String command(long userId, String username, String text) {
        return command(userId, username, text, null);
    }

    /**
     * Runs a moderation command.
     *
     * @param userId   Telegram user id of the sender
     * @param username Telegram username, or null
     * @param text     the whole message, e.g. {@code /remove kg-law-2024 ru}
     * @param language the language of the reply (the sender's), or null for English (the refusal then in English
     *                 and Russian)
     * @return the reply, plain text
     * @throws IllegalArgumentException when {@code text} is not a moderation command ({@link #commandOf})
     */
    public String command(long userId, String username, String text, Language language) {
        String name = commandOf(text).orElseThrow(() -> new IllegalArgumentException("not a moderation command: " + text));
        String[] words = text.strip().split("\\s+");
        List<String> args = List.of(words).subList(1, words.length);
        if (!isModerator(userId)) {
            return refuse(userId, username, "/" + name, null, language);
        }
        try {
            return switch (name) {
                case "status" -> status(userId, username, language);
                case "reload" -> reload(userId, username, language);
                case "validate" -> validate(userId, username, language);
                case "remove" -> remove(userId, username, args, language);
                default -> throw new IllegalStateException(name);
            };
        } catch (RuntimeException e) {
            LOG.error("/{} failed: {}", name, e.getMessage(), e);
            audit.record(userId, username, action(name), null, AuditLog.Result.ERROR, e.toString());
            return text(language, "failed", name, String.valueOf(e.getMessage()));
        }
    }

    private static AuditLog.Action action(String command) {
        return AuditLog.Action.valueOf(command.toUpperCase(Locale.ROOT));
    }

    /** The text under {@code moderation.<key>} in {@code language} (English when null). */
    private static String text(Language language, String key, Object... args) {
        return ModerationTexts.get(language, key, args);
    }

    /** As {@link #text} with names and messages after four count slots ({@code {4}}, {@code {5}}…). */
    private static String named(Language language, String key, Object... names) {
        Object[] args = new Object[4 + names.length];
        java.util.Arrays.fill(args, 0L);
        System.arraycopy(names, 0, args, 4, names.length);
        return ModerationTexts.get(language, key, args);
    }

    private String refuse(long userId, String username, String attempt, String file, Language language) {
        LOG.warn("refused {} to user {} ({}): not a moderator", attempt, userId, username == null ? "no username" : username);
        audit.record(userId, username, AuditLog.Action.REFUSED, file, AuditLog.Result.REJECTED,
                "not a moderator: " + attempt);
        return language == null ? REFUSAL : text(language, "refusal");
    }

    // ---- /status -------------------------------------------------------------------------------------------

    /**
     * Adds a line to every {@code /status} reply, worked out when the reply is written: e.g. the language model
     * composer's verdict counts.
     */
    public void addStatusLine(java.util.function.Supplier<String> line) {
        statusLines.add(line);
    }


    private String status(long userId, String username, Language language) {
        StringBuilder sb = new StringBuilder();
        Optional<ReloadReport> last = reloader.last();
        if (last.isEmpty()) {
            sb.append(text(language, "not_loaded"));
        } else {
            ReloadReport r = last.get();
            sb.append(knowledge(r, language)).append('\n');
            sb.append(named(language, "last_reload", TIME.format(r.finishedAt()), ago(r.finishedAt(), language),
                    summary(r, language))).append('\n');
            sb.append(problems(r.problems(), language));
        }
        for (java.util.function.Supplier<String> line : statusLines) {
            sb.append('\n').append(line.get());
        }
        audit.record(userId, username, AuditLog.Action.STATUS, null, AuditLog.Result.OK, null);
        return cap(sb.toString(), language);
    }

    private String ago(Instant then, Language language) {
        long s = Math.max(0, Duration.between(then, Instant.now(clock)).getSeconds());
        if (s < 120) {
            return text(language, "seconds_ago", s);
        }
        if (s < 7200) {
            return text(language, "minutes_ago", s / 60);
        }
        return text(language, "hours_ago", s / 3600);
    }

    /** {@code Knowledge: 12 documents, 340 passages.} */
    private static String knowledge(ReloadReport r, Language language) {
        return text(language, "knowledge", r.documents(), r.passages());
    }

    /** {@link ReloadReport#summary()} in {@code language}. */
    static String summary(ReloadReport r, Language language) {
        return text(language, "summary", r.millis(), r.filesChanged(), r.passagesEmbedded(),
                r.index().fullRebuild() ? 1 : 0);
    }

    private static String problems(List<Problem> problems, Language language) {
        if (problems.isEmpty()) {
            return text(language, "no_problems");
        }
        long files = problems.stream().map(Problem::path).distinct().count();
        return text(language, "problems", files) + "\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    // ---- /reload -------------------------------------------------------------------------------------------

    private String reload(long userId, String username, Language language) {
        try {
            ReloadReport r = reloader.request(KnowledgeReloader.Trigger.MODERATOR)
                    .get(RELOAD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            audit.record(userId, username, AuditLog.Action.RELOAD, null, AuditLog.Result.OK, r.summary());
            return cap(named(language, "reload_done", summary(r, language)) + "\n" + knowledge(r, language) + "\n"
                    + problems(r.problems(), language), language);
        } catch (TimeoutException e) {
            audit.record(userId, username, AuditLog.Action.RELOAD, null, AuditLog.Result.OK, "still running");
            return text(language, "reload_running");
        } catch (ExecutionException e) {
            String m = message(e.getCause());
            audit.record(userId, username, AuditLog.Action.RELOAD, null, AuditLog.Result.ERROR, m);
            return named(language, "reload_failed", m);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return text(language, "reload_interrupted");
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    // ---- /validate -----------------------------------------------------------------------------------------

    private String validate(long userId, String username, Language language) {
        List<Problem> problems;
        try {
            problems = KnowledgeFolder.load(knowledgeDir).problems();
        } catch (IOException e) {
            audit.record(userId, username, AuditLog.Action.VALIDATE, null, AuditLog.Result.ERROR, message(e));
            return named(language, "folder_unreadable", message(e));
        }
        audit.record(userId, username, AuditLog.Action.VALIDATE, null, AuditLog.Result.OK,
                problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        if (problems.isEmpty()) {
            return text(language, "valid");
        }
        return cap(text(language, "problem_count", problems.size()) + "\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), language);
    }

    // ---- /remove -------------------------------------------------------------------------------------------

    private String remove(long userId, String username, List<String> args, Language lang) {
        if (args.isEmpty() || args.size() > 2 || !ID.matcher(args.get(0)).matches()) {
            audit.record(userId, username, AuditLog.Action.REMOVE, null, AuditLog.Result.REJECTED,
                    "bad arguments: " + String.join(" ", args));
            return text(lang, "remove_usage");
        }
        String id = args.get(0);
        Language language = null;
        if (args.size() == 2) {
            language = Language.fromCode(args.get(1)).filter(l -> l.code().equals(args.get(1).toLowerCase(Locale.ROOT)))
                    .orElse(null);
            if (language == null) {
                audit.record(userId, username, AuditLog.Action.REMOVE, null, AuditLog.Result.REJECTED,
                        "unknown language: " + args.get(1));
                return named(lang, "unknown_language", args.get(1));
            }
        }
        List<String> removed;
        synchronized (folderLock) {
            List<Path> files;
            try {
                files = filesOf(id, language);
            } catch (IOException e) {
                audit.record(userId, username, AuditLog.Action.REMOVE, null, AuditLog.Result.ERROR, message(e));
                return named(lang, "folder_unreadable", message(e));
            }
            if (files.isEmpty()) {
                String what = id + (language == null ? "" : " in " + language.code());
                audit.record(userId, username, AuditLog.Action.REMOVE, null, AuditLog.Result.REJECTED,
                        "no such document: " + what);
                return language == null ? named(lang, "no_document", id)
                        : named(lang, "no_document_in", id, language.code());
            }
            removed = new ArrayList<>();
            Instant now = Instant.now(clock);
            try {
                for (Path f : files) {
                    keepCopy(f, now);
                    Files.delete(f);
                    removed.add(relative(f));
                }
            } catch (IOException e) {
                String m = message(e);
                audit.record(userId, username, AuditLog.Action.REMOVE, String.join(", ", removed), AuditLog.Result.ERROR, m);
                LOG.error("removing {} failed: {}", id, m);
                return named(lang, "remove_failed", m) + (removed.isEmpty() ? ""
                        : "\n" + named(lang, "removed_before", String.join(", ", removed)));
            }
        }
        LOG.info("user {} removed {}", userId, removed);
        java.util.function.Function<Language, String> after = reloadAfterChange(Set.copyOf(removed));
        audit.record(userId, username, AuditLog.Action.REMOVE, String.join(", ", removed), AuditLog.Result.OK,
                after.apply(Language.EN));
        return cap(named(lang, "removed", String.join(", ", removed)) + "\n" + after.apply(lang), lang);
    }

    // ---- uploads -------------------------------------------------------------------------------------------

    /** {@link #checkBeforeDownload(long, String, String, Long, Language)} with the reply in English. */
    public Optional<String> checkBeforeDownload(long userId, String username, String fileName, Long size) {
        return checkBeforeDownload(userId, username, fileName, size, null);
    }

    /**
     * Checks an upload before its content is downloaded: the sender, the name and the size Telegram reports.
     *
     * @param size     the size Telegram reports in bytes, or null when unknown
     * @param language the language of the reply (the sender's), or null for English
     * @return the refusal to send, or empty when the file should be downloaded and passed to {@link #upload}
     */
    public Optional<String> checkBeforeDownload(long userId, String username, String fileName, Long size,
                                                Language language) {
        if (!isModerator(userId)) {
            return Optional.of(refuse(userId, username, "upload", fileName, language));
        }
        java.util.function.Function<Language, String> bad = badNameIn(fileName);
        if (bad == null && size != null && size > MAX_UPLOAD_BYTES) {
            bad = l -> tooLarge(size, l);
        }
        if (bad == null) {
            return Optional.empty();
        }
        audit.record(userId, username, AuditLog.Action.UPLOAD, fileName, AuditLog.Result.REJECTED, bad.apply(Language.EN));
        return Optional.of(named(language, "not_saved", bad.apply(language)));
    }

    /** {@link #downloadFailed(long, String, String, String, Language)} with the reply in English. */
    public String downloadFailed(long userId, String username, String fileName, String reason) {
        return downloadFailed(userId, username, fileName, reason, null);
    }

    /**
     * Records that an upload could not be fetched from Telegram and returns the reply.
     *
     * @param reason   why, without any secret (no download address: it holds the bot token)
     * @param language the language of the reply (the sender's), or null for English
     */
    public String downloadFailed(long userId, String username, String fileName, String reason, Language language) {
        audit.record(userId, username, AuditLog.Action.UPLOAD, fileName, AuditLog.Result.ERROR,
                "download failed: " + reason);
        return named(language, "download_failed", reason);
    }

    /** {@link #upload(long, String, String, byte[], Language)} with the reply in English. */
    public String upload(long userId, String username, String fileName, byte[] bytes) {
        return upload(userId, username, fileName, bytes, null);
    }

    /**
     * Adds or replaces a knowledge file from an upload. The file must be a {@code .md} or {@code .txt} of at most
     * 1 MB, UTF-8, named without any folder, and valid: every problem is listed in the reply and nothing is written.
     * A good file is written to {@code <jurisdiction>/<id>.<language>.md} (first jurisdiction, lower case), or over
     * the file that already holds the same id and language, and the knowledge is reloaded.
     *
     * @param fileName the file's name as sent
     * @param bytes    its content
     * @param language the language of the reply (the sender's), or null for English
     * @return the reply, plain text
     */
    public String upload(long userId, String username, String fileName, byte[] bytes, Language language) {
        if (!isModerator(userId)) {
            return refuse(userId, username, "upload", fileName, language);
        }
        java.util.function.Function<Language, String> bad = badNameIn(fileName);
        if (bad == null && bytes.length > MAX_UPLOAD_BYTES) {
            bad = l -> tooLarge(bytes.length, l);
        }
        if (bad == null && !isUtf8(bytes)) {
            bad = l -> text(l, "not_utf8");
        }
        if (bad != null) {
            return notSaved(userId, username, fileName, AuditLog.Result.REJECTED, bad, language);
        }

        String saved;
        boolean replaced;
        synchronized (folderLock) {
            LoadedFile first = KnowledgeParser.parse(bytes, fileName, Path.of(fileName));
            if (!first.ok()) {
                return rejectInvalid(userId, username, fileName, first.problems(), language);
            }
            SourceMeta meta = first.document().meta();
            List<Path> existing;
            try {
                existing = filesOf(meta.id(), meta.language());
            } catch (IOException e) {
                return notSaved(userId, username, fileName, AuditLog.Result.ERROR,
                        l -> named(l, "upload_folder_unreadable", message(e)), language);
            }
            if (existing.size() > 1) {
                String list = existing.stream().map(this::relative).collect(Collectors.joining(", "));
                return notSaved(userId, username, fileName, AuditLog.Result.REJECTED,
                        l -> named(l, "several_files", meta.id(), meta.language().code(), list), language);
            }
            Path target = existing.isEmpty() ? knowledgeDir.resolve(defaultPath(meta)).normalize() : existing.get(0);
            if (!target.startsWith(knowledgeDir) || target.equals(knowledgeDir)) {
                return notSaved(userId, username, fileName, AuditLog.Result.REJECTED, l -> text(l, "outside"), language);
            }
            saved = relative(target);
            if (existing.isEmpty() && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                // Named like this document but holding another one: never overwrite a different document.
                String holder = saved;
                return notSaved(userId, username, fileName, AuditLog.Result.REJECTED,
                        l -> named(l, "holds_another", holder), language);
            }
            // Check again at the path it will have, so problems name the real file.
            LoadedFile atTarget = KnowledgeParser.parse(bytes, saved, Path.of(saved));
            if (!atTarget.ok()) {
                return rejectInvalid(userId, username, fileName, atTarget.problems(), language);
            }
            replaced = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            try {
                if (replaced) {
                    keepCopy(target, Instant.now(clock));
                }
                writeAtomically(target, bytes);
            } catch (IOException | UncheckedIOException e) {
                String m = message(e);
                LOG.error("saving upload {} as {} failed: {}", fileName, saved, m);
                audit.record(userId, username, AuditLog.Action.UPLOAD, saved, AuditLog.Result.ERROR, m);
                return named(language, "not_saved", named(language, "write_failed", saved, m));
            }
        }
        LOG.info("user {} {} {} from upload {}", userId, replaced ? "replaced" : "added", saved, fileName);
        java.util.function.Function<Language, String> after = reloadAfterChange(Set.of(saved));
        audit.record(userId, username, AuditLog.Action.UPLOAD, saved, AuditLog.Result.OK,
                (replaced ? "replaced; " : "added; ") + after.apply(Language.EN));
        return cap(named(language, replaced ? "saved_replaced" : "saved_new", saved) + "\n" + after.apply(language),
                language);
    }

    /** Audits a refused upload with the English reason and returns "Not saved: <reason>" in {@code language}. */
    private String notSaved(long userId, String username, String fileName, AuditLog.Result result,
                            java.util.function.Function<Language, String> reason, Language language) {
        audit.record(userId, username, AuditLog.Action.UPLOAD, fileName, result, reason.apply(Language.EN));
        return named(language, "not_saved", reason.apply(language));
    }

    private String rejectInvalid(long userId, String username, String fileName, List<Problem> problems,
                                 Language language) {
        String list = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        audit.record(userId, username, AuditLog.Action.UPLOAD, fileName, AuditLog.Result.REJECTED, list);
        return cap(text(language, "invalid", problems.size(), 0, 0, 0, fileName) + "\n" + list, language);
    }

    /** Why a file name is refused, in each language; null when it is not. */
    private static java.util.function.Function<Language, String> badNameIn(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return l -> text(l, "no_name");
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")
                || fileName.chars().anyMatch(c -> c < 0x20)) {
            return l -> named(l, "bad_name", printable(fileName));
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".txt")) {
            return l -> named(l, "not_knowledge_file", fileName);
        }
        return null;
    }

    private static String printable(String s) {
        return s.codePoints().map(c -> c < 0x20 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String tooLarge(long size, Language language) {
        return text(language, "too_large", size, MAX_UPLOAD_BYTES);
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** {@code <jurisdiction-lower>/<id>.<language>.md}, from the first jurisdiction. */
    static String defaultPath(SourceMeta meta) {
        return meta.jurisdictions().get(0).toLowerCase(Locale.ROOT) + "/" + meta.id() + "." + meta.language().code()
                + ".md";
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".upload-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("this file system cannot replace files atomically: " + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ---- shared --------------------------------------------------------------------------------------------

    /** Reloads after a change to the folder; the result says, in a given language, when the change is answerable. */
    private java.util.function.Function<Language, String> reloadAfterChange(Set<String> paths) {
        try {
            ReloadReport r = reloader.request(KnowledgeReloader.Trigger.MODERATOR, paths)
                    .get(RELOAD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return l -> {
                String answerable = named(l, "answerable", summary(r, l));
                return r.problems().isEmpty() ? answerable : answerable + "\n" + problems(r.problems(), l);
            };
        } catch (TimeoutException e) {
            return l -> text(l, "rebuilding");
        } catch (ExecutionException e) {
            String m = message(e.getCause());
            return l -> named(l, "saved_reload_failed", m);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return l -> text(l, "saved_interrupted");
        }
    }

    /**
     * The knowledge files of a document: those whose front matter has this id (and language, when given), and
     * those named {@code <id>.<language>.md|txt} that cannot be parsed.
     */
    private List<Path> filesOf(String id, Language language) throws IOException {
        List<Path> found = new ArrayList<>();
        for (LoadedFile lf : KnowledgeFolder.load(knowledgeDir).files()) {
            Path f = knowledgeDir.resolve(lf.path());
            SourceMeta meta = lf.ok() ? lf.document().meta() : metaOfRejected(f, lf.path());
            boolean match = meta != null
                    ? meta.id().equals(id) && (language == null || meta.language() == language)
                    : namedAs(f.getFileName().toString(), id, language);
            if (match) {
                found.add(f);
            }
        }
        return found;
    }

    /** The front matter of a file the folder rejected only for reasons across files (a duplicate id), else null. */
    private static SourceMeta metaOfRejected(Path file, String rel) {
        try {
            if (Files.size(file) > MAX_UPLOAD_BYTES) {
                return null;
            }
            LoadedFile alone = KnowledgeParser.parse(Files.readAllBytes(file), rel, Path.of(rel));
            return alone.ok() ? alone.document().meta() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean namedAs(String fileName, String id, Language language) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (Language l : Language.values()) {
            if (language != null && l != language) {
                continue;
            }
            String stem = id + "." + l.code();
            if (lower.equals(stem + ".md") || lower.equals(stem + ".txt")) {
                return true;
            }
        }
        return false;
    }

    private void keepCopy(Path file, Instant now) throws IOException {
        Path copy = removedDir.resolve(FOLDER_TIME.format(now.truncatedTo(ChronoUnit.MILLIS))).resolve(relative(file));
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
    }

    private String relative(Path file) {
        return knowledgeDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String cap(String text, Language language) {
        if (text.length() <= MAX_REPLY_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf('\n', MAX_REPLY_CHARS);
        if (cut < MAX_REPLY_CHARS / 2) {
            cut = MAX_REPLY_CHARS;
        }
        long more = text.substring(cut).lines().filter(l -> !l.isBlank()).count();
        return text.substring(0, cut) + "\n" + text(language, "more_lines", more);
    }
}
