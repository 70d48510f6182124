package org.rehablawbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.Main;

/**
 * Starts the program in a child JVM the way the container's ENTRYPOINT does ({@code sh -c 'exec java $JAVA_OPTS -jar ...'
 * --config /app/config/application.yaml} with {@code DATA_DIR}, {@code KNOWLEDGE_DIR} and {@code HOME} set and
 * no token), and checks what a person starting the container sees: the messages and the exit codes. Runs that
 * need another user (a data folder the process may not write; a host folder used with {@code docker run --user})
 * switch user with {@code setpriv}, so they run only as root.
 */
class StartAsContainerTest {

    @TempDir
    Path tmp;
    Path knowledge;

    @BeforeEach
    void knowledge() throws IOException {
        knowledge = tmp.resolve("knowledge");
        KnowledgeCommandsTest.copy(Path.of("src/test/resources/knowledge-good"), knowledge);
    }

    /** Exit code and both outputs of a child run. */
    record Run(int exit, String out, String err) {
    }

    /**
     * Runs {@link Main} in a new JVM as the image's ENTRYPOINT would, with standard input from /dev/null (a
     * container started without -i).
     *
     * @param asUser null, or "uid:gid" to run as (through setpriv)
     */
    private Run start(String asUser, Path data, String classpath, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (asUser != null) {
            String[] ids = asUser.split(":");
            cmd.addAll(List.of("setpriv", "--reuid", ids[0], "--regid", ids[1], "--clear-groups"));
        }
        // the image's ENTRYPOINT, with the jar's classes on a classpath instead of -jar
        cmd.addAll(List.of("sh", "-c", "exec \"$JAVA\" $JAVA_OPTS -cp \"$CP\" " + Main.class.getName()
                + " --config config/application.yaml \"$@\"", "rehab-law-bot"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(new File("/dev/null"));
        Map<String, String> env = pb.environment();
        env.remove("TELEGRAM_BOT_TOKEN");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("JAVA_OPTS", "-Xmx256m");
        env.put("CP", classpath);
        env.put("DATA_DIR", data.toString());
        env.put("KNOWLEDGE_DIR", knowledge.toString());
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        env.put("HOME", home.toString());
        Path out = tmp.resolve("out-" + System.nanoTime());
        Path err = tmp.resolve("err-" + System.nanoTime());
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished in time");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutATokenAndWithoutATerminalItSaysWhatToDoAndFails() throws Exception {
        Run r = start(null, tmp.resolve("data"), System.getProperty("java.class.path"));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("TELEGRAM_BOT_TOKEN"), r.err());
        assertTrue(r.err().contains("docker run -it"), r.err());
        assertFalse(r.err().contains("Picked up"), "no JVM option notice: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void aDataFolderTheUserMayNotWriteIsNamedWithTheUserAndWhatToDo() throws Exception {
        assumeTrue(canSwitchUser(), "needs root and setpriv");
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x")); // root's, as a fresh volume
        String classpath = readableClasspath();
        Run r = start("10001:10001", data, classpath, "index");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("is not writable by uid 10001"), r.err());
        assertTrue(r.err().contains("chown -R 10001 " + data), r.err());
        assertTrue(r.err().contains("--data DIR"), r.err());

        Run ask = start("10001:10001", data, classpath, "ask", "When did parliament adopt the law?");
        assertEquals(1, ask.exit(), ask.err());
        assertTrue(ask.err().contains("is not writable by uid 10001"), ask.err());
    }

    @Test
    void hostFoldersOwnedByTheUserWorkWithDockerRunUser() throws Exception {
        assumeTrue(canSwitchUser(), "needs root and setpriv");
        // docker run --user $(id -u):$(id -g) -v $PWD/knowledge:/app/knowledge -v $PWD/data:/app/data: the folders
        // belong to the host user, the process runs as that user, who has no name in the image
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        chownTree(knowledge, 4242);
        chownTree(data, 4242);
        Run r = start("4242:4242", data, readableClasspath(), "index");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("7 documents, 20 passages (rebuilt in full)"), r.out());
        Path uploaded = knowledge.resolve("kg").resolve("new.en.md");
        assertTrue(Files.isWritable(knowledge.resolve("kg")));
        assertEquals(4242, Files.getAttribute(data.resolve("index"), "unix:uid"), "the index belongs to the user");
        assertFalse(Files.exists(uploaded));
    }

    private static boolean canSwitchUser() {
        try {
            return "root".equals(System.getProperty("user.name"))
                    && new ProcessBuilder("setpriv", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void chownTree(Path root, int uid) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.setAttribute(f, "unix:uid", uid);
                Files.setAttribute(f, "unix:gid", uid);
            }
        }
    }

    /**
     * The test classpath, with the jars of a local Maven repository under a private home folder linked (or copied)
     * into a folder everyone may read, as the jar in the image is.
     */
    private String readableClasspath() throws IOException {
        Path libs = tmp.resolve("libs");
        Files.createDirectories(libs);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (Files.isDirectory(p) || !p.toString().endsWith(".jar")) {
                entries.add(p.toString());
                continue;
            }
            Path link = libs.resolve((i++) + "-" + p.getFileName());
            try {
                Files.createLink(link, p);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(p, link);
            }
            Files.setPosixFilePermissions(link, PosixFilePermissions.fromString("rw-r--r--"));
            entries.add(link.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
