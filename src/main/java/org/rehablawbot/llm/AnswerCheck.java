package org.rehablawbot.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehablawbot.knowledge.Fact;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.retrieve.Retrieval;
import org.rehablawbot.retrieve.Terms;

/**
 * The checks a model's answer must pass before anyone sees it:
 * <ol>
 *   <li>the model found an answer (it did not reply {@link Prompt#NO_ANSWER}) and wrote at least one sentence
 *       or one "Sources differ" block;</li>
 *   <li>every marker is in range, so it points at a passage that was retrieved;</li>
 *   <li>a sentence without a marker is dropped when it states nothing of its own (no figure, and no word that
 *       neither the question nor the answer's cited sentences already hold: "In summary, ...", "No, the sources
 *       do not agree.", "The sources give different dates:"); one that states something fails the answer;</li>
 *   <li>each piece of a sentence is supported by the passages its own markers cite (a piece ends at a marker;
 *       words after the last marker belong to it): every date and number it states is in the text of those
 *       passages ({@link Figures}; numbers in words are read as numbers) — a source's publication date counts
 *       only inside an attribution such as "(commentary, 2025)" — and its content is there too: no name
 *       (a capitalised word) missing from them, and at most one other content word (by stem) missing;</li>
 *   <li>a sentence citing an opinion (kinds statement and commentary, facts with a claimant) names its holder —
 *       the claimant, the author, the publisher's full name (or either part of "Name (domain)"), a declared
 *       alias, or the document by a noun its own text uses ("the declaration", "the commentary", "в
 *       заявлении") — or refers back by a pronoun ("По его словам") to a holder named in the sentence before,
 *       or only says what the passage does not give; every opinion passage a sentence cites is checked, even
 *       beside a news passage;</li>
 *   <li>the sentences cite at most {@code answer.max_citations} passages, passages with the same text (but for
 *       their publisher's name) counting once; the sides of a "Sources differ" block are not counted;</li>
 *   <li>a "Sources differ" block has at least two sides citing different passages, each side checked as a
 *       sentence;</li>
 *   <li>the answer is in the question's language.</li>
 * </ol>
 */
final class AnswerCheck {

    /**
     * The outcome of checking one answer.
     *
     * @param passed whether the answer may be shown
     * @param reason what failed, for logs; "passed" when it passed
     * @param draft  the answer as it will be shown: the draft without the unmarked sentences that were dropped;
     *               null when it failed
     */
    record Verdict(boolean passed, String reason, Draft draft) {
        static Verdict pass(Draft kept) {
            return new Verdict(true, "passed", kept);
        }

        static Verdict fail(String reason) {
            return new Verdict(false, reason, null);
        }
    }

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "according to|in the (?:view|opinion|words) of|\\b(?:says?|said|stated?|states|claims?|claimed|argues|"
                    + "argued|believes?|considers?|estimates?|estimated|reports?|reported|asserts?|asserted|"
                    + "maintains?|insists?|calls?|called|wrote|writes)\\b|по данным|по мнению|по словам|согласно|"
                    + "по оценк\\p{L}*|по утверждению|по информации|заяв\\p{L}*|счита\\p{L}*|утвержда\\p{L}*|"
                    + "сообща\\p{L}*|сообщил\\p{L}*|отмеча\\p{L}*|полага\\p{L}*|как пишет|пишет|назва\\p{L}*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An attribution to someone named in the sentence before: "he said", "in his view", "по его словам". */
    private static final Pattern PRONOUN_ATTRIBUTION = Pattern.compile(
            "\\b(?:he|she|they|it)\\s+(?:also\\s+)?(?:says|said|argues|argued|claims|claimed|adds|added|writes|wrote|"
                    + "notes|noted|believes|considers|calls|called|stated|states)\\b|according\\s+to\\s+(?:him|her|them)"
                    + "|\\bin\\s+(?:his|her|their|its)\\s+(?:view|words|opinion)|по\\s+(?:его|её|ее|их)\\s+"
                    + "(?:словам|мнению|данным|утверждению|оценке)|(?:^|\\s)(?:он|она|они)\\s+(?:также\\s+)?"
                    + "(?:считает|считают|заявил\\p{L}*|сказал\\p{L}*|утвержда\\p{L}*|отметил\\p{L}*|добавил\\p{L}*|пишет|писал\\p{L}*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A sentence that only says what a passage does not give: "The text gives no exact date", "не указано". */
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:gives?|given|mentions?|specif(?:y|ies)|states?|provides?|names?|lists?|offers?|records?)\\s+no\\b"
                    + "|\\bno\\s+(?:other\\s+|further\\s+|exact\\s+|specific\\s+)?\\p{L}+\\s+(?:is|are|was|were)\\s+"
                    + "(?:given|mentioned|specified|stated|provided|named|listed|recorded)\\b"
                    + "|\\b(?:does|do|did)\\s+not\\s+(?:say|give|mention|specify|state|name|list|provide)\\b"
                    + "|не\\s+(?:указ|содерж|назва|привод|сообща|уточня|называ)\\p{L}*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A parenthesis that only attributes: a kind and/or a date, "(commentary, 2025)", "(3 September 2024)". */
    private static final Pattern ATTRIBUTION_PARENTHESIS = Pattern.compile("\\(([^()]{1,60})\\)");

    /** Nouns by which a text names the document it is: "the declaration says", "в заявлении говорится". */
    private static final Set<String> DOCUMENT_NOUNS = stems("declaration", "statement", "commentary", "comment",
            "article", "publication", "post", "column", "editorial", "appeal", "letter", "blog", "interview", "text",
            "page", "op-ed", "заявление", "комментарий", "статья", "публикация", "пост", "обращение", "письмо",
            "колонка", "интервью", "текст", "страница");
    /**
     * Legal acts, bodies and offices: a sentence naming one its passages do not (the law where the passage
     * speaks of a regulation, a court where it speaks of parliament) misstates the fact even when every other
     * word is there, so these count as names.
     */
    private static final Set<String> ACTS_AND_BODIES = stems("law", "laws", "bill", "bills", "decree", "regulation",
            "resolution", "code", "court", "parliament", "president", "government", "cabinet", "ministry",
            "minister", "commission", "committee", "prosecutor", "council", "senate", "assembly", "party", "archive",
            "museum", "memorial", "закон", "законы", "законопроект", "указ", "постановление", "положение", "кодекс",
            "приказ", "суд", "парламент", "президент", "правительство", "кабинет", "министерство", "министр",
            "комиссия", "комитет", "прокуратура", "совет", "сенат", "партия", "архив", "музей", "мемориал");
    /**
     * Words of attribution, discourse and talk about sources that a sentence may add to what its passages say:
     * they carry no fact of their own.
     */
    private static final Set<String> GENERIC = stems("according", "relay", "relayed", "relaying", "report",
            "reported", "reports", "reporting", "say", "says", "said", "state", "stated", "states", "write", "writes",
            "wrote", "written", "claim", "claims", "claimed", "note", "noted", "notes", "add", "added", "adds", "also",
            "likewise", "addition", "additionally", "furthermore", "moreover", "however", "summary", "overall",
            "source", "sources", "passage", "passages", "mention", "mentioned", "describe", "described", "describes",
            "call", "calls", "called", "name", "named", "names", "cite", "cited", "citing", "give", "gives", "given",
            "different", "differ", "differs", "disagree", "disagreement", "agree", "exact", "exactly", "various",
            "varying", "vary", "varies", "range", "ranges", "figure", "figures", "number", "date", "dates", "total",
            "following", "follows", "example", "instance", "several", "include", "includes", "including", "concern",
            "concerns", "concerned", "regarding", "regard", "relate", "related", "mean", "means", "specifically",
            "particular", "particularly", "thus", "therefore", "hence", "question", "answer", "information", "detail",
            "details", "available", "known", "yes", "no", "not", "unclear", "clear", "respectively", "way", "ways",
            "view", "opinion", "word", "words", "kind", "early", "late", "end", "beginning", "mid", "year", "years",
            "согласно", "данным", "данные", "сообщению", "сообщил", "сообщила", "сообщило", "сообщили", "сообщает",
            "пишет", "писал", "писала", "писало", "написал", "написало", "написала", "утверждает", "утверждается",
            "утверждению", "заявил", "заявила", "говорится", "отмечает", "отметил", "также", "кроме", "того", "итог",
            "итоге", "целом", "источник", "источники", "источников", "расходятся", "расходится", "разные", "разное",
            "разных", "различные", "называют", "называет", "приводят", "приводит", "число", "числа", "данных",
            "ссылкой", "ссылаясь", "передаче", "пересказе", "словам", "мнению", "мнения", "касается", "касались",
            "касалось", "касались", "именно", "частности", "таким", "образом", "ответ", "вопрос", "год", "года",
            "году", "годы", "годах", "лет", "начале", "конце", "середине", "нет", "да", "более", "менее", "около",
            "свыше", "over", "more", "less", "than", "about", "nearly", "almost", "around", "least", "most",
            "itself", "themselves", "himself", "herself", "both", "either", "neither", "whose", "whom", "which",
            "where", "when", "while", "whereas", "although", "though", "because", "such", "these", "those",
            // talk about the material and counting words
            "based", "provided", "provide", "here", "below", "above", "find", "case", "cases", "time", "times",
            "instance", "instances", "occasion", "occasions", "involve", "involves", "involving", "involved",
            "основании", "приведённых", "представленных", "фрагментов", "отрывков", "ниже", "выше", "известно",
            "случай", "случаях", "случаев", "раз", "раза", "привёл", "привела", "привело", "привели",
            // scale words belong to the figures they follow
            "thousand", "thousands", "million", "millions", "billion", "billions", "тысяч", "тысячи", "тысяча",
            "тыс", "миллион", "миллиона", "миллионов", "млн", "миллиард", "миллиарда", "миллиардов", "млрд");

    private AnswerCheck() {
    }

    /**
     * Checks a model's answer against the retrieval it was written from.
     *
     * @param draft        the model's reply, read
     * @param retrieval    the question and the numbered passages the model was given
     * @param maxCitations most passages the answer's sentences may cite, at least 1
     * @return the verdict, with the answer as it will be shown when it passed
     */
    static Verdict check(Draft draft, Retrieval retrieval, int maxCitations) {
        if (draft.noAnswer()) {
            return Verdict.fail("the model found no answer in the passages");
        }
        List<Passage> passages = retrieval.passages().stream().map(sp -> sp.passage()).toList();
        List<Draft.Sentence> all = new ArrayList<>(draft.sentences());
        draft.disagreements().forEach(b -> all.addAll(b.positions()));
        for (Draft.Sentence s : all) {
            for (int n : s.markers()) {
                if (n < 1 || n > passages.size()) {
                    return Verdict.fail("\"" + shorten(s.raw()) + "\" cites [" + n + "] but " + passages.size()
                            + " passage(s) were given");
                }
            }
        }
        Evidence evidence = new Evidence(passages);
        Set<String> context = new LinkedHashSet<>(Terms.stems(retrieval.question()));
        all.stream().filter(s -> !s.markers().isEmpty()).forEach(s -> context.addAll(Terms.stems(s.text())));
        List<Draft.Sentence> kept = new ArrayList<>();
        for (int i = 0; i < draft.sentences().size(); i++) {
            Draft.Sentence s = draft.sentences().get(i);
            if (!s.markers().isEmpty()) {
                kept.add(s);
                continue;
            }
            String states = statesSomething(evidence.withoutNames(s.text()), context);
            if (states != null) {
                return Verdict.fail("sentence " + (i + 1) + " has no citation marker and states " + states + ": \""
                        + shorten(s.raw()) + "\"");
            }
        }
        if (kept.isEmpty() && draft.disagreements().isEmpty()) {
            return Verdict.fail("the answer has no cited sentences");
        }
        Draft.Sentence previous = null;
        for (int i = 0; i < kept.size(); i++) {
            String failure = checkSentence("sentence " + (i + 1), kept.get(i), previous, passages, evidence);
            if (failure != null) {
                return Verdict.fail(failure);
            }
            previous = kept.get(i);
        }
        Set<String> cited = new LinkedHashSet<>();
        kept.stream().flatMap(s -> s.markers().stream()).forEach(n -> cited.add(sameText(passages.get(n - 1))));
        if (cited.size() > maxCitations) {
            return Verdict.fail("the sentences cite " + cited.size() + " different passages, more than "
                    + "answer.max_citations (" + maxCitations + ")");
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
                if (side.markers().isEmpty()) {
                    return Verdict.fail(name + " side " + (i + 1) + " has no citation marker: \""
                            + shorten(side.raw()) + "\"");
                }
                String failure = checkSentence(name + " side " + (i + 1), side, null, passages, evidence);
                if (failure != null) {
                    return Verdict.fail(failure);
                }
                sides.addAll(side.markers());
            }
            if (sides.size() < 2) {
                return Verdict.fail(name + " cites one passage for every side");
            }
        }
        StringBuilder text = new StringBuilder();
        kept.forEach(s -> text.append(s.text()).append(' '));
        if (kept.isEmpty()) {
            draft.disagreements().forEach(b -> b.positions().forEach(s -> text.append(s.text()).append(' ')));
        }
        Language written = Language.detect(text.toString());
        if (written != retrieval.language()) {
            return Verdict.fail("the answer is in " + written.code() + " but the question wants "
                    + retrieval.language().code());
        }
        return Verdict.pass(new Draft(false, kept, draft.disagreements()));
    }

    /**
     * What an unmarked sentence states that neither the question nor the cited sentences hold, or null when it
     * states nothing of its own: no figure, no name and at most one other new content word.
     */
    static String statesSomething(String text, Set<String> context) {
        Set<String> figures = Figures.stated(text);
        if (!figures.isEmpty()) {
            return "the figure " + figures.iterator().next().substring(2);
        }
        Unsupported u = unsupported(text, context, true);
        if (!u.names.isEmpty()) {
            return "the name " + u.names.get(0);
        }
        if (u.words.size() > 1) {
            return "\"" + String.join(" ", u.words) + "\"";
        }
        return null;
    }

    /** The failure of one sentence or side, or null when it passes. */
    private static String checkSentence(String name, Draft.Sentence sentence, Draft.Sentence previous,
                                        List<Passage> passages, Evidence evidence) {
        Language sentenceLanguage = Language.detect(sentence.text());
        boolean first = true;
        for (Segment seg : segments(sentence.raw())) {
            List<Passage> cited = seg.markers.stream().map(n -> passages.get(n - 1)).toList();
            String failure = checkFigures(seg, cited, evidence);
            if (failure != null) {
                return name + " states " + failure + ", which its passage(s) " + seg.markers + " do not contain: \""
                        + shorten(sentence.raw()) + "\"";
            }
            List<Passage> sameLanguage = cited.stream().filter(p -> p.source().language() == sentenceLanguage)
                    .toList();
            if (!sameLanguage.isEmpty() && sameLanguage.size() == cited.size()) {
                Set<String> stems = new LinkedHashSet<>();
                sameLanguage.forEach(p -> stems.addAll(evidence.stems(p)));
                Unsupported u = unsupported(seg.text, stems, first);
                if (!u.names.isEmpty()) {
                    return name + " names " + u.names.get(0) + ", which its passage(s) " + seg.markers
                            + " do not: \"" + shorten(sentence.raw()) + "\"";
                }
                if (u.words.size() > 1) {
                    return name + " says \"" + String.join(" ", u.words) + "\", which its passage(s) " + seg.markers
                            + " do not: \"" + shorten(sentence.raw()) + "\"";
                }
            }
            first = false;
        }
        for (int n : sentence.markers()) {
            Passage p = passages.get(n - 1);
            if (!isOpinion(p) || attributes(sentence.text(), p, sentenceLanguage, evidence)) {
                continue;
            }
            if (HEDGE.matcher(sentence.text()).find()) {
                continue;
            }
            if (previous != null && PRONOUN_ATTRIBUTION.matcher(sentence.text()).find()
                    && attributes(previous.text(), p, sentenceLanguage, evidence)) {
                continue;
            }
            return name + " repeats the opinion of " + who(p) + " [" + n + "] without attributing it: \""
                    + shorten(sentence.raw()) + "\"";
        }
        return null;
    }

    /** The first figure of a segment its passages do not hold, or null. */
    private static String checkFigures(Segment seg, List<Passage> cited, Evidence evidence) {
        Set<String> allowed = new LinkedHashSet<>();
        Set<String> attributionDates = new LinkedHashSet<>();
        for (Passage p : cited) {
            allowed.addAll(evidence.figures(p));
            if (p.source().date() != null) {
                attributionDates.addAll(Figures.allowed(p.source().date().iso()));
            }
            if (p.source().retrieved() != null) {
                attributionDates.addAll(Figures.allowed(p.source().retrieved().iso()));
            }
        }
        StringBuilder body = new StringBuilder();
        String text = evidence.withoutNames(seg.text);
        Matcher m = ATTRIBUTION_PARENTHESIS.matcher(text);
        int last = 0;
        while (m.find()) {
            String inside = m.group(1);
            if (isAttributionParenthesis(evidence.withoutAnyName(inside))) {
                body.append(text, last, m.start()).append(' ');
                for (String f : Figures.stated(inside)) {
                    if (!allowed.contains(f) && !attributionDates.contains(f)) {
                        return f.substring(2);
                    }
                }
                last = m.end();
            }
        }
        body.append(text.substring(last));
        for (String f : Figures.stated(body.toString())) {
            if (!allowed.contains(f)) {
                return f.substring(2);
            }
        }
        return null;
    }

    /**
     * True for "(commentary, 2025)", "(statement, 22 March 2023)", "(3 September 2024)", "(новости, 2026)": a kind
     * and a date, the names of sources already blanked.
     */
    private static boolean isAttributionParenthesis(String inside) {
        String rest = inside;
        for (Kind k : Kind.values()) {
            for (Language l : Language.values()) {
                rest = rest.replaceAll("(?iu)" + Pattern.quote(k.label(l)), " ");
            }
        }
        StringBuilder sb = new StringBuilder(rest);
        if (Figures.stated(rest).isEmpty()) {
            return false;
        }
        String words = sb.toString().replaceAll("(?iu)\\d+|january|february|march|april|may|june|july|august|"
                + "september|october|november|december|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]|"
                + "июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*|"
                + "года?|г\\.|early|late|mid|начал\\p{L}*|конц\\p{L}*|[\\s,.–—-]+", "");
        return words.isEmpty();
    }

    /** One piece of a sentence: the text up to a group of markers (and, for the last, after it). */
    private record Segment(String text, List<Integer> markers) {
    }

    private static final Pattern MARKER_GROUP = Pattern.compile("(?:\\s*" + Draft.MARKER.pattern() + ")+");

    /** The pieces of a sentence, each with the markers that end it. */
    static List<Segment> segments(String raw) {
        List<Segment> out = new ArrayList<>();
        Matcher m = MARKER_GROUP.matcher(raw);
        int start = 0;
        while (m.find()) {
            List<Integer> markers = Draft.sentence(m.group()).markers();
            out.add(new Segment(Draft.clean(raw.substring(start, m.start())), markers));
            start = m.end();
        }
        String tail = Draft.clean(raw.substring(start));
        if (!out.isEmpty() && tail.codePoints().anyMatch(Character::isLetterOrDigit)) {
            Segment lastSeg = out.remove(out.size() - 1);
            out.add(new Segment(lastSeg.text + " " + tail, lastSeg.markers));
        }
        return out;
    }

    /** Content words of a text that a set of stems does not hold: names (capitalised) and other words. */
    private record Unsupported(List<String> names, List<String> words) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    private static Unsupported unsupported(String text, Set<String> stems, boolean startsSentence) {
        List<String> names = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        boolean firstToken = startsSentence;
        while (m.find()) {
            String token = m.group();
            boolean capital = Character.isUpperCase(token.codePointAt(0)) && !firstToken;
            firstToken = false;
            for (String w : Terms.words(token)) {
                if (Terms.isStopword(w) || w.chars().anyMatch(Character::isDigit) || isMonthOrNumberWord(w)) {
                    continue;
                }
                String stem = Terms.stem(w);
                if (GENERIC.contains(stem) || Terms.matchesAny(stem, stems)) {
                    continue;
                }
                if (capital || ACTS_AND_BODIES.contains(stem)) {
                    names.add(token);
                } else if (!words.contains(w)) {
                    words.add(w);
                }
            }
        }
        return new Unsupported(names, words);
    }

    private static boolean isMonthOrNumberWord(String w) {
        return !Figures.stated(w + " 2000").equals(Set.of("y:2000")) || !Figures.stated(w).isEmpty();
    }

    /** A passage's text with its publisher's name blanked, to tell copies of one text from two outlets. */
    private static String sameText(Passage p) {
        String t = p.text();
        for (String name : names(p.source().publisher())) {
            t = t.replace(name, "");
        }
        return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
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
     * True when the sentence names who holds the passage's opinion: its claimant, author, publisher (the whole
     * name, or the name or the domain of "Name (domain)"), one of its aliases, each matched word by word (by
     * stem, so that declined forms match); or the document by a noun its own text uses for itself; or, for a
     * passage in another language, whose names may be translated, it uses an attribution phrase.
     */
    private static boolean attributes(String text, Passage p, Language sentenceLanguage, Evidence evidence) {
        List<String> sentence = stemSequence(text);
        SourceMeta s = p.source();
        List<String> holders = new ArrayList<>(names(s.publisher()));
        holders.addAll(names(s.author()));
        holders.addAll(s.aliases());
        if (p.fact() != null) {
            holders.addAll(names(p.fact().claimant()));
        }
        for (String h : holders) {
            List<String> name = stemSequence(h);
            if (!name.isEmpty() && java.util.Collections.indexOfSubList(sentence, name) >= 0) {
                return true;
            }
        }
        for (String stem : sentence) {
            if (DOCUMENT_NOUNS.contains(stem) && evidence.ownStems(p).contains(stem)) {
                return true;
            }
        }
        return s.language() != sentenceLanguage && ATTRIBUTION.matcher(text).find();
    }

    /** A name and, for "Name (domain)", each part. */
    private static List<String> names(String name) {
        List<String> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return out;
        }
        out.add(name);
        Matcher m = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$").matcher(name);
        if (m.matches()) {
            out.add(m.group(1));
            out.add(m.group(2));
        }
        return out;
    }

    private static List<String> stemSequence(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Terms.words(text)) {
            out.add(Terms.stem(w));
        }
        return out;
    }

    private static Set<String> stems(String... words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            for (String t : Terms.words(w)) {
                out.add(Terms.stem(t));
            }
        }
        return Set.copyOf(out);
    }

    /** What a passage offers a sentence citing it, computed once per check. */
    private static final class Evidence {
        /** Per source file, the headings of its passages in the retrieval: how the document names its parts. */
        private final Map<String, String> headings = new HashMap<>();
        /** The names of every retrieved passage's publisher, author, claimant and aliases, longest first. */
        private final List<String> sourceNames;
        private final Map<Passage, Set<String>> figures = new HashMap<>();
        private final Map<Passage, Set<String>> stems = new HashMap<>();
        private final Map<Passage, Set<String>> own = new HashMap<>();

        Evidence(List<Passage> passages) {
            Set<String> all = new java.util.TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length()
                    : a.compareTo(b));
            for (Passage p : passages) {
                all.addAll(names(p.source().publisher()));
                all.addAll(names(p.source().author()));
                all.addAll(p.source().aliases());
                if (p.fact() != null) {
                    all.addAll(names(p.fact().claimant()));
                }
            }
            sourceNames = List.copyOf(all);
            for (Passage p : passages) {
                if (p.heading() != null && !p.heading().isBlank()) {
                    headings.merge(p.source().path(), p.heading(), (a, b) -> a + "\n" + b);
                }
            }
        }

        /** The text with the sources' names blanked, so that "24.kg" or "365info.kz" state no number. */
        String withoutNames(String text) {
            String t = text;
            for (String n : sourceNames) {
                if (n.chars().anyMatch(Character::isDigit)) {
                    t = t.replace(n, " ");
                }
            }
            return t;
        }

        /** The text with every source's name blanked: what is left of "(Kazinform, 19 September 2023)". */
        String withoutAnyName(String text) {
            String t = text;
            for (String n : sourceNames) {
                t = t.replace(n, " ");
            }
            return t;
        }

        /** Dates and numbers of the passage's heading, text and fact (not of its source's metadata). */
        Set<String> figures(Passage p) {
            return figures.computeIfAbsent(p, k -> {
                StringBuilder sb = new StringBuilder(nullToEmpty(p.heading())).append('\n').append(p.text());
                Fact f = p.fact();
                if (f != null) {
                    sb.append('\n').append(f.value().replace("..", " - "));
                    if (f.asOf() != null) {
                        sb.append('\n').append(f.asOf().iso());
                    }
                }
                return Figures.allowed(sb.toString());
            });
        }

        /**
         * Stems of everything the passage says, of the names of who says it, and of the headings its document's
         * other retrieved passages carry (how the document describes itself: "Declaration by communist parties").
         * Not of the document's title: a title sums up the whole document, not what this passage says.
         */
        Set<String> stems(Passage p) {
            return stems.computeIfAbsent(p, k -> {
                SourceMeta s = p.source();
                StringBuilder sb = new StringBuilder(nullToEmpty(p.heading())).append('\n').append(p.text())
                        .append('\n').append(nullToEmpty(s.publisher()))
                        .append('\n').append(nullToEmpty(s.author())).append('\n')
                        .append(String.join("\n", s.aliases())).append('\n').append(s.kind().label(Language.EN))
                        .append('\n').append(s.kind().label(Language.RU)).append('\n')
                        .append(headings.getOrDefault(s.path(), ""));
                Fact f = p.fact();
                if (f != null) {
                    sb.append('\n').append(nullToEmpty(f.about())).append('\n').append(nullToEmpty(f.claimant()))
                            .append('\n').append(f.value());
                }
                return Terms.stems(sb.toString());
            });
        }

        /** Stems of the passage's own words: heading, text and title. */
        Set<String> ownStems(Passage p) {
            return own.computeIfAbsent(p, k -> new LinkedHashSet<>(stemSequence(nullToEmpty(p.heading()) + "\n"
                    + p.text() + "\n" + nullToEmpty(p.source().title()))));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
