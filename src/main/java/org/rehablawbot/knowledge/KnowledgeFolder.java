package org.rehablawbot.knowledge;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The knowledge folder read at one moment: every knowledge file in it, each parsed into a document or rejected
 * with its problems. A file with any problem is left out; the others load.
 *
 * <p>Knowledge files are the {@code .md} and {@code .txt} files under the folder, subfolders included, except
 * {@code README.md} at the top (the format's documentation) and hidden files and folders (names starting with
 * a dot). Within one language an {@code id} may be used by one file only: the first file in path order keeps
 * it and every later one is rejected, its problem naming the first. A symbolic link to a file outside the
 * folder is not read (a problem names it): everything the bot quotes lives in the folder moderators keep, and
 * the watcher sees its edits. Fact records that break the timeline rule are reported too (see
 * {@link FactTable#problems()}) without keeping their files out.
 *
 * <p>Instances are immutable.
 */
public final class KnowledgeFolder {

    private final Path dir;
    private final List<LoadedFile> files;
    private final List<Problem> folderProblems;

    private KnowledgeFolder(Path dir, List<LoadedFile> files, List<Problem> folderProblems) {
        this.dir = dir;
        this.files = List.copyOf(files);
        this.folderProblems = List.copyOf(folderProblems);
    }

    /**
     * Reads and checks every knowledge file under {@code dir}.
     *
     * @throws NoSuchFileException when {@code dir} does not exist or is not a folder
     * @throws IOException         when the folder itself cannot be listed
     */
    public static KnowledgeFolder load(Path dir) throws IOException {
        return load(dir, (done, total) -> { });
    }

    /** Told how many files have been read so far, out of how many. */
    @FunctionalInterface
    public interface Progress {
        void filesRead(int done, int total);
    }

    /**
     * Reads and checks every knowledge file under {@code dir}, telling {@code progress} after each file.
     *
     * @throws NoSuchFileException when {@code dir} does not exist or is not a folder
     * @throws IOException         when the folder itself cannot be listed
     */
    public static KnowledgeFolder load(Path dir, Progress progress) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "knowledge folder not found");
        }
        Path shown = displayPath(dir);
        Path realDir = dir.toRealPath();
        List<Path> found = new ArrayList<>();
        List<Problem> folderProblems = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (!isKnowledgeFile(dir, f)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    String outside = outsideTarget(realDir, f);
                    if (outside != null) {
                        folderProblems.add(new Problem(shown.resolve(relative(dir, f)).normalize(), 1,
                                "is a link to " + outside + ", outside the knowledge folder: the bot reads only files "
                                        + "inside it; copy the file into the folder instead of linking to it"));
                        return FileVisitResult.CONTINUE;
                    }
                }
                found.add(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                if (Files.isDirectory(f)) {
                    folderProblems.add(new Problem(shown.resolve(relative(dir, f)).normalize(), 1,
                            "cannot read folder: " + reason(e)));
                } else if (isKnowledgeFile(dir, f)) {
                    found.add(f);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(f -> relative(dir, f)));
        List<LoadedFile> files = new ArrayList<>();
        for (Path f : found) {
            String rel = relative(dir, f);
            files.add(read(f, rel, shown.resolve(rel).normalize()));
            progress.filesRead(files.size(), found.size());
        }
        List<LoadedFile> checked = rejectDuplicateIds(files);
        List<SourceDocument> documents = checked.stream().filter(LoadedFile::ok).map(LoadedFile::document).toList();
        folderProblems.addAll(FactTable.of(documents, m -> shown.resolve(m.path()).normalize()).problems());
        return new KnowledgeFolder(dir, checked, folderProblems);
    }

    /**
     * Where a link leads when that is outside {@code realDir} (the folder's real path), else null. A broken
     * link is left to the reader, which reports it.
     */
    private static String outsideTarget(Path realDir, Path link) {
        try {
            Path target = link.toRealPath();
            return target.startsWith(realDir) ? null : target.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads and parses one file; a file that cannot be read, or is too large, gets a problem at line 1. */
    static LoadedFile read(Path file, String rel, Path shown) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > KnowledgeParser.MAX_BYTES) {
                return LoadedFile.rejected(rel, shown, null, List.of(new Problem(shown, 1, KnowledgeParser.tooLarge(size))));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return LoadedFile.rejected(rel, shown, null, List.of(new Problem(shown, 1, "cannot read file: " + reason(e))));
        }
        return KnowledgeParser.parse(bytes, rel, shown);
    }

    private static List<LoadedFile> rejectDuplicateIds(List<LoadedFile> files) {
        Map<String, LoadedFile> first = new HashMap<>();
        List<LoadedFile> out = new ArrayList<>();
        for (LoadedFile f : files) {
            if (!f.ok()) {
                out.add(f);
                continue;
            }
            SourceMeta meta = f.document().meta();
            String key = meta.id() + "\u0000" + meta.language().code();
            LoadedFile earlier = first.putIfAbsent(key, f);
            if (earlier == null) {
                out.add(f);
                continue;
            }
            out.add(LoadedFile.rejected(f.path(), f.displayPath(), f.contentHash(), List.of(new Problem(
                    f.displayPath(), f.idLine(), "duplicate id \"" + meta.id() + "\" in language " + meta.language().code()
                    + ": also used by " + earlier.displayPath() + "; each document and language needs its own id"))));
        }
        return out;
    }

    private static boolean isKnowledgeFile(Path dir, Path f) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || !(lower.endsWith(".md") || lower.endsWith(".txt"))) {
            return false;
        }
        return !(lower.equals("readme.md") && Objects.equals(f.getParent(), dir));
    }

    /** The path relative to {@code dir}, {@code /} separated. */
    static String relative(Path dir, Path f) {
        Path rel = dir.relativize(f);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.toString();
    }

    /** A path as people should see it: relative to the current directory when under it, else as given. */
    public static Path displayPath(Path p) {
        if (p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (p.startsWith(cwd) && !p.equals(cwd)) {
                return cwd.relativize(p);
            }
        }
        return p;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (a broken link?)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The folder as given. */
    public Path dir() {
        return dir;
    }

    /** Every knowledge file found, in path order, loaded or rejected. */
    public List<LoadedFile> files() {
        return files;
    }

    /** The documents of the files without problems, in path order. */
    public List<SourceDocument> documents() {
        return files.stream().filter(LoadedFile::ok).map(LoadedFile::document).toList();
    }

    /** Every problem found, in path and line order. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(folderProblems);
        files.forEach(f -> all.addAll(f.problems()));
        return all;
    }

    /** The path to show people for a document's file (its {@link SourceMeta#path()} under this folder). */
    public Path displayPath(SourceMeta meta) {
        return displayPath(dir).resolve(meta.path()).normalize();
    }
}
