package org.rehablawbot.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rehablawbot.knowledge.Fact;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.retrieve.Retrieval;

/**
 * The checks a model's answer must pass before anyone sees it:
 * <ol>
 *   <li>the model found an answer (it did not reply {@link Prompt#NO_ANSWER}) and wrote at least one sentence;</li>
 *   <li>every sentence, and every side of a "Sources differ" block, carries a marker;</li>
 *   <li>every marker is in range, so it points at a passage that was retrieved, and the sentences cite at most
 *       {@code answer.max_citations} passages (the sides of a "Sources differ" block are not counted);</li>
 *   <li>every date and number a sentence states appears in a passage it cites (see {@link Figures});</li>
 *   <li>a sentence citing only opinions (kinds statement and commentary, facts with a claimant) attributes
 *       them: it names who holds them or says "according to" (in Russian "по данным", "по мнению"...);</li>
 *   <li>a "Sources differ" block has at least two sides citing different passages;</li>
 *   <li>the answer is in the question's language.</li>
 * </ol>
 */
final class AnswerCheck {

    /** The outcome of checking one answer; {@code reason} says what failed, for logs. */
    record Verdict(boolean passed, String reason) {
        static Verdict pass() {
            return new Verdict(true, "passed");
        }

        static Verdict fail(String reason) {
            return new Verdict(false, reason);
        }
    }

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "according to|in the (?:view|opinion|words) of|\\b(?:says?|said|stated?|states|claims?|claimed|argues|"
                    + "argued|believes?|considers?|estimates?|estimated|reports?|reported|asserts?|asserted|"
                    + "maintains?|insists?|calls?|called|wrote|writes)\\b|по данным|по мнению|по словам|согласно|"
                    + "по оценк\\p{L}*|по утверждению|по информации|заяв\\p{L}*|счита\\p{L}*|утвержда\\p{L}*|"
                    + "сообща\\p{L}*|сообщил\\p{L}*|отмеча\\p{L}*|полага\\p{L}*|как пишет|пишет|назва\\p{L}*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AnswerCheck() {
    }

    static Verdict check(Draft draft, Retrieval retrieval, int maxCitations) {
        if (draft.noAnswer()) {
            return Verdict.fail("the model found no answer in the passages");
        }
        if (draft.sentences().isEmpty()) {
            return Verdict.fail("the answer has no sentences");
        }
        List<Passage> passages = retrieval.passages().stream().map(sp -> sp.passage()).toList();
        for (int i = 0; i < draft.sentences().size(); i++) {
            String failure = checkSentence("sentence " + (i + 1), draft.sentences().get(i), passages);
            if (failure != null) {
                return Verdict.fail(failure);
            }
        }
        long cited = draft.sentences().stream().flatMap(s -> s.markers().stream()).distinct().count();
        if (cited > maxCitations) {
            return Verdict.fail("the sentences cite " + cited + " passages, more than answer.max_citations ("
                    + maxCitations + ")");
        }
        for (int b = 0; b < draft.disagreements().size(); b++) {
            Draft.Block block = draft.disagreements().get(b);
            String name = "\"sources differ\" block " + (b + 1);
            if (block.positions().size() < 2) {
                return Verdict.fail(name + " lists " + block.positions().size() + " side(s), not two or more");
            }
            Set<Integer> sides = new LinkedHashSet<>();
            for (int i = 0; i < block.positions().size(); i++) {
                Draft.Sentence side = block.positions().get(i);
                String failure = checkSentence(name + " side " + (i + 1), side, passages);
                if (failure != null) {
                    return Verdict.fail(failure);
                }
                sides.addAll(side.markers());
            }
            if (sides.size() < 2) {
                return Verdict.fail(name + " cites one passage for every side");
            }
        }
        StringBuilder all = new StringBuilder();
        draft.sentences().forEach(s -> all.append(s.text()).append(' '));
        Language written = Language.detect(all.toString());
        if (written != retrieval.language()) {
            return Verdict.fail("the answer is in " + written.code() + " but the question wants "
                    + retrieval.language().code());
        }
        return Verdict.pass();
    }

    /** The failure of one sentence, or null when it passes. */
    private static String checkSentence(String name, Draft.Sentence sentence, List<Passage> passages) {
        if (sentence.markers().isEmpty()) {
            return name + " has no citation marker: \"" + shorten(sentence.raw()) + "\"";
        }
        for (int n : sentence.markers()) {
            if (n < 1 || n > passages.size()) {
                return name + " cites [" + n + "] but " + passages.size() + " passage(s) were given";
            }
        }
        Set<String> allowed = new LinkedHashSet<>();
        List<Passage> cited = new ArrayList<>();
        for (int n : sentence.markers()) {
            Passage p = passages.get(n - 1);
            cited.add(p);
            allowed.addAll(Figures.allowed(evidence(p)));
        }
        for (String figure : Figures.stated(sentence.text())) {
            if (!allowed.contains(figure)) {
                return name + " states " + figure.substring(2) + ", which its passage(s) " + sentence.markers()
                        + " do not contain";
            }
        }
        if (cited.stream().allMatch(AnswerCheck::isOpinion) && !attributes(sentence.text(), cited)) {
            return name + " repeats the opinion of " + who(cited.get(0)) + " without attributing it: \""
                    + shorten(sentence.raw()) + "\"";
        }
        return null;
    }

    /** Everything a sentence citing this passage may take dates and numbers from: its text and its source. */
    static String evidence(Passage p) {
        SourceMeta s = p.source();
        StringBuilder sb = new StringBuilder(p.text());
        sb.append('\n').append(nullToEmpty(p.heading())).append('\n').append(nullToEmpty(s.title()))
                .append('\n').append(nullToEmpty(s.publisher())).append('\n').append(nullToEmpty(s.author()));
        if (s.date() != null) {
            sb.append('\n').append(s.date().iso());
        }
        Fact f = p.fact();
        if (f != null) {
            sb.append('\n').append(f.value()).append('\n').append(nullToEmpty(f.about()))
                    .append('\n').append(nullToEmpty(f.claimant()));
        }
        return sb.toString();
    }

    static boolean isOpinion(Passage p) {
        return p.source().isOpinion() || (p.fact() != null && p.fact().claimant() != null);
    }

    /** Who holds the opinion a passage gives: the fact's claimant, else the author, else the publisher. */
    static String who(Passage p) {
        if (p.fact() != null && p.fact().claimant() != null) {
            return p.fact().claimant();
        }
        SourceMeta s = p.source();
        return s.author() != null && !s.author().isBlank() ? s.author() : s.publisher();
    }

    /**
     * True when the sentence voices the opinion as someone's: it names a holder (claimant, author or publisher,
     * or a word of four or more letters of one, in any case ending), or, for a passage in another language than the sentence,
     * whose names may be translated, it uses an attribution phrase.
     */
    private static boolean attributes(String text, List<Passage> cited) {
        String lower = text.toLowerCase(Locale.ROOT);
        Language sentenceLanguage = Language.detect(text);
        for (Passage p : cited) {
            List<String> holders = new ArrayList<>();
            holders.add(p.source().publisher());
            holders.add(p.source().author());
            if (p.fact() != null) {
                holders.add(p.fact().claimant());
            }
            for (String h : holders) {
                if (h == null || h.isBlank()) {
                    continue;
                }
                if (lower.contains(h.toLowerCase(Locale.ROOT))) {
                    return true;
                }
                for (String word : h.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    // The word's stem, so that declined forms match: "движения" for "движение".
                    if (word.length() >= 4 && lower.contains(word.substring(0, Math.max(4, word.length() - 3)))) {
                        return true;
                    }
                }
            }
            if (p.source().language() != sentenceLanguage && ATTRIBUTION.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
