package org.rehablawbot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.TelegramHtmlRenderer;
import org.rehablawbot.render.TextRenderer;

/**
 * Runs every reply of the corpus ({@code src/test/resources/llm/corpus/}) through the real reading and checks
 * of a model's answer and measures how many faithful replies are accepted and how many flawed ones rejected.
 */
class CorpusTest {

    private static List<CorpusCase> cases;

    @BeforeAll
    static void load() throws Exception {
        cases = CorpusCase.all();
    }

    @Test
    void theCorpusHasThirtyQuestionsInBothLanguagesEachWithAFaithfulAndAFlawedReply() {
        long en = cases.stream().filter(c -> c.retrieval().language() == Language.EN).count();
        long ru = cases.stream().filter(c -> c.retrieval().language() == Language.RU).count();
        assertTrue(en >= 18 && ru >= 12, en + " English, " + ru + " Russian");
        for (CorpusCase c : cases) {
            assertTrue(c.replies().stream().anyMatch(r -> r.kind().equals("faithful") && r.accept()), c.id());
            assertTrue(c.replies().stream().anyMatch(r -> r.kind().equals("flawed") && !r.accept()
                    && r.flaw() != null), c.id());
        }
    }

    @Test
    void theRecordedPromptsAreWhatTheBotSendsForTheRecordedPassages() {
        for (CorpusCase c : cases) {
            assertEquals(c.system(), Prompt.system(c.retrieval().language(), c.retrieval().passages().size(),
                    c.maxCitations()), c.id());
            assertEquals(c.user(), Prompt.data(c.retrieval()), c.id());
        }
    }

    @Test
    void faithfulRepliesAreAcceptedAndFlawedOnesRejected() {
        Rates all = new Rates();
        Map<String, Rates> bySet = new TreeMap<>();
        List<String> reasons = new ArrayList<>();
        for (CorpusCase c : cases) {
            for (CorpusCase.Reply r : c.replies()) {
                AnswerCheck.Verdict v = AnswerCheck.check(LlmComposer.read(r.text(), c.retrieval()), c.retrieval(),
                        c.maxCitations());
                String label = c.id() + " " + r.kind() + " (" + r.set() + ", "
                        + (r.accept() ? r.style() : r.flaw()) + ")";
                all.add(r.accept(), v.passed(), label, v.reason());
                bySet.computeIfAbsent(r.set(), k -> new Rates()).add(r.accept(), v.passed(), label, v.reason());
                if (!r.accept() && !v.passed()) {
                    reasons.add(label + " rejected: " + v.reason());
                }
            }
        }
        StringBuilder report = new StringBuilder("corpus, all replies: ").append(all);
        bySet.forEach((set, rates) -> report.append("\n  ").append(set).append(": ").append(rates.summary()));
        System.out.println(report);
        System.out.println("  why each flawed reply was rejected:\n  " + String.join("\n  ", reasons));
        assertTrue(all.accepted >= 0.95 * all.faithful, report.toString());
        assertTrue(all.rejected >= 0.95 * all.flawed, report.toString());
    }

    /** Counts of one set of replies and the misses. */
    private static final class Rates {
        int faithful;
        int accepted;
        int flawed;
        int rejected;
        final List<String> misses = new ArrayList<>();

        void add(boolean expectAccept, boolean passed, String label, String reason) {
            if (expectAccept) {
                faithful++;
                if (passed) {
                    accepted++;
                } else {
                    misses.add(label + " rejected: " + reason);
                }
            } else {
                flawed++;
                if (!passed) {
                    rejected++;
                } else {
                    misses.add(label + " accepted");
                }
            }
        }

        String summary() {
            return String.format("%d/%d faithful accepted (%.0f%%), %d/%d flawed rejected (%.0f%%)", accepted,
                    faithful, 100.0 * accepted / faithful, rejected, flawed, 100.0 * rejected / flawed);
        }

        @Override
        public String toString() {
            return summary() + (misses.isEmpty() ? "" : "\n    " + String.join("\n    ", misses));
        }
    }

    /**
     * What a user sees of every accepted reply: no Markdown, label or marker left in the text, the model's name
     * for "According to [n]" written out, citations numbered by first use and ascending within a sentence, and
     * each disagreement shown once (the model's block and the extractive one merged).
     */
    @Test
    void acceptedRepliesAreShownAsPlainTextWithOneBlockPerDisagreement() {
        int shown = 0;
        for (CorpusCase c : cases) {
            for (CorpusCase.Reply r : c.replies()) {
                AnswerCheck.Verdict v = AnswerCheck.check(LlmComposer.read(r.text(), c.retrieval()), c.retrieval(),
                        c.maxCitations());
                if (!v.passed()) {
                    continue;
                }
                shown++;
                Answer a = LlmComposer.build(v.draft(), c.retrieval(), c.extractive(), 1);
                String where = c.id() + " " + r.kind();
                List<String> texts = new ArrayList<>();
                a.statements().forEach(s -> texts.add(s.text()));
                a.disagreements().forEach(d -> d.positions().forEach(p -> texts.add(p.text())));
                for (String t : texts) {
                    assertTrue(!t.contains("**") && !t.contains("`") && !t.startsWith("#") && !t.contains("[")
                            && !t.matches("(?is)^(answer|ответ)\\s*:.*") && !t.matches("(?is).*according to,.*"),
                            where + ": " + t);
                }
                int next = 1;
                List<Integer> order = new ArrayList<>();
                a.statements().forEach(s -> order.addAll(s.citations()));
                a.disagreements().forEach(d -> d.positions().forEach(p -> order.addAll(p.citations())));
                for (int n : order) {
                    assertTrue(n <= next, where + ": citation " + n + " before " + next + " " + order);
                    if (n == next) {
                        next++;
                    }
                }
                assertEquals(a.citations().size(), next - 1, where);
                for (Statement s : a.statements()) {
                    assertEquals(s.citations().stream().sorted().toList(), s.citations(), where);
                }
                for (int i = 0; i < a.disagreements().size(); i++) {
                    for (int j = i + 1; j < a.disagreements().size(); j++) {
                        assertTrue(sharedSides(a, a.disagreements().get(i), a.disagreements().get(j)) < 2,
                                where + ": one disagreement shown twice: " + a.disagreements());
                    }
                }
                String text = TextRenderer.render(a);
                String html = new TelegramHtmlRenderer().renderHtml(a);
                for (String out : List.of(text, html)) {
                    assertTrue(!out.contains("**") && !out.contains("`") && !out.contains("###"), where + ": " + out);
                }
            }
        }
        assertTrue(shown >= 28, "accepted replies shown: " + shown);
    }

    /** How many sides of {@code a} cite a source that a side of {@code b} cites. */
    private static int sharedSides(Answer answer, Disagreement a, Disagreement b) {
        java.util.Set<String> bFiles = new java.util.HashSet<>();
        b.positions().forEach(p -> p.citations().forEach(n -> bFiles.add(path(answer, n))));
        int shared = 0;
        for (Disagreement.Position p : a.positions()) {
            if (p.citations().stream().anyMatch(n -> bFiles.contains(path(answer, n)))) {
                shared++;
            }
        }
        return shared;
    }

    private static String path(Answer a, int n) {
        return a.citations().stream().filter(c -> c.n() == n).map(Citation::path).findFirst().orElseThrow();
    }
}
