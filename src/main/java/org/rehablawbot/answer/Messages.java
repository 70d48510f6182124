package org.rehablawbot.answer;

import java.util.List;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;

/**
 * Every fixed text of an answer in both languages, in one place: the composer, the console and JSON renderers and
 * the Telegram renderer all take their labels from here.
 */
public final class Messages {

    private Messages() {
    }

    private static String pick(Language language, String en, String ru) {
        return language == Language.RU ? ru : en;
    }

    /** The whole answer when the knowledge has nothing relevant. */
    public static String refusal(Language language) {
        return pick(language, "My sources say nothing about this.", "Мои источники ничего об этом не говорят.");
    }

    /**
     * What opens the answer to a claim whose checked detail no source states while the sources give another
     * ({@link ClaimCheck}): the sentence that follows gives theirs.
     */
    public static String notAsClaimed(Language language) {
        return pick(language, "No, the sources say otherwise: ", "Нет, источники говорят иное: ");
    }

    /**
     * What opens the answer to a claim to check whose exact figure no source states, nor another for the same thing
     * ("выплаты подняли до 1 миллиона тенге?"): what the sources do say follows.
     */
    public static String notConfirmed(Language language) {
        return pick(language, "My sources do not confirm this; they say: ", "Мои источники этого не подтверждают; они "
                + "говорят: ");
    }

    /**
     * What opens the answer to a yes/no question bound by a year or a figure ("set up before 2021?", "больше 2
     * миллионов?") when every value the first sentence states is within the bound ({@link BoundCheck}).
     */
    public static String withinBound(Language language) {
        return pick(language, "Yes: ", "Да: ");
    }

    /**
     * The sentence of our own arithmetic that opens the answer to "how much time lies between A and B" ({@link
     * ExtractiveComposer}): "18 October 1991 and 14 April 1993 are 1 year, 5 months and 27 days apart.", "Между 18
     * октября 1991 года и 14 апреля 1993 года — 1 год, 5 месяцев и 27 дней.". The quoted sentences giving each day,
     * with their citations, follow it.
     *
     * @param from   the earlier day, as the answer's language writes it ("18 October 1991", "18 октября 1991")
     * @param to     the later day, likewise
     * @param amount the time between them ("1 year, 5 months and 27 days")
     */
    public static String span(Language language, String from, String to, String amount) {
        return language == Language.RU ? "Между " + from + " года и " + to + " года — " + amount + "."
                : from + " and " + to + " are " + amount + " apart.";
    }

    /** The opening {@link #span} writes, then the space before the quoted sentence that follows it. */
    public static final java.util.regex.Pattern SPAN_OPENING = java.util.regex.Pattern.compile(
            "^(?:\\d{1,2} \\p{L}+ \\d{4} and \\d{1,2} \\p{L}+ \\d{4} are [^.]+ apart\\."
            + "|Между \\d{1,2} \\p{L}+ \\d{4} года и \\d{1,2} \\p{L}+ \\d{4} года — [^.]+\\.) ");

    /**
     * Our own arithmetic on a sum the asker made of the sources' figures, set against the figure the sources report
     * for the total: "856 + 205 = 1,061, 30 more than the 1,031 reported." Every figure is written as the answer
     * language writes numbers ({@link #number}; in Russian four digits stay ungrouped, "1061").
     *
     * @param language the answer language
     * @param addends  the figures the asker added, in their order; two or more
     * @param sum      their sum
     * @param reported the total a shown source gives
     */
    public static String sum(Language language, List<Long> addends, long sum, long reported) {
        // Russian writes four digits ungrouped ("1061"), as the knowledge and the timelines do; more grouped
        java.util.function.LongFunction<String> n = v -> language == Language.RU && v < 10_000 ? Long.toString(v)
                : number(v, language);
        String terms = String.join(" + ", addends.stream().map(n::apply).toList());
        long diff = Math.abs(sum - reported);
        boolean more = sum > reported;
        return language == Language.RU
                ? terms + " = " + n.apply(sum) + ", на " + n.apply(diff) + (more ? " больше" : " меньше")
                        + ", чем " + n.apply(reported) + " в источниках."
                : terms + " = " + n.apply(sum) + ", " + n.apply(diff) + (more ? " more" : " fewer")
                        + " than the " + n.apply(reported) + " reported.";
    }

    /** The opening {@link #sum} writes, then the space before the quoted sentence that follows it. */
    public static final java.util.regex.Pattern SUM_OPENING = java.util.regex.Pattern.compile(
            "^\\d[\\d,\\u00a0 ]*(?: \\+ \\d[\\d,\\u00a0 ]*)+ = \\d[\\d,\\u00a0 ]*, (?:на )?\\d[\\d,\\u00a0 ]* "
            + "(?:more than the|fewer than the|больше, чем|меньше, чем) \\d[\\d,\\u00a0 ]*(?: reported| в источниках)\\. ");

    /** What opens such an answer when every value its first sentence states is outside the bound. */
    public static String outsideBound(Language language) {
        return pick(language, "No: ", "Нет: ");
    }

    /** The answer to an empty question. */
    public static String help(Language language) {
        return pick(language,
                "Ask me a question about the laws rehabilitating victims of Soviet-era political repression in "
                        + "Kazakhstan, Kyrgyzstan and Uzbekistan, in English or Russian, for example: \"When did "
                        + "Kyrgyzstan adopt its rehabilitation law?\" Every answer cites its sources; where they "
                        + "disagree, I show each version.",
                "Задайте вопрос о законах о реабилитации жертв политических репрессий советского времени в "
                        + "Казахстане, Кыргызстане и Узбекистане, по-русски или по-английски, например: «Когда "
                        + "Кыргызстан принял закон о реабилитации?» Каждый ответ ссылается на источники; где они "
                        + "расходятся, я показываю каждую версию.");
    }

    /** Heading of the part that shows a disagreement between sources. */
    public static String sourcesDiffer(Language language) {
        return pick(language, "Sources differ", "Источники расходятся");
    }

    /** Heading of the numbered list of sources. */
    /** The heading of a timeline: "Over time" / "Как менялось". */
    public static String timeline(Language language) {
        return pick(language, "Over time", "Как менялось");
    }

    /** The heading of a disagreement or a timeline. */
    public static String heading(Disagreement d, Language language) {
        return d.timeline() ? timeline(language) : sourcesDiffer(language);
    }

    /**
     * One point of a timeline: "7 May 2024: 1,031 — Daryo (news, 7 May 2024)"; a value of no date as "undated:
     * …" / "без даты: …".
     */
    public static String timelinePoint(PartialDate asOf, String value, java.util.List<String> sourceLabels,
                                       Language language) {
        return dateOrUndated(asOf, language) + ": " + value + " \u2014 " + String.join("; ", sourceLabels);
    }

    public static String sources(Language language) {
        return pick(language, "Sources", "Источники");
    }

    /** Label before a file location in a source list entry. */
    public static String line(Language language) {
        return pick(language, "line", "строка");
    }

    /** Shown by the chat's {@code /sources} when no answer has been given yet. */
    public static String noSourcesYet(Language language) {
        return pick(language, "No answer yet: ask a question first.", "Ответа ещё нет: сначала задайте вопрос.");
    }

    /** The chat's greeting and list of commands. */
    public static String chatHelp(Language language) {
        return pick(language,
                "Type a question and press Enter. Commands: /sources shows the full sources of the last answer, "
                        + "/help shows this text, /quit ends the chat.",
                "Введите вопрос и нажмите Enter. Команды: /sources — полные источники последнего ответа, "
                        + "/help — эта справка, /quit — выход.");
    }

    /**
     * "news, 20 November 2024" / "новости, 20 ноября 2024": a source's kind and date; "news, undated" /
     * "новости, без даты" when the page gives no date ({@code date} null).
     */
    public static String kindAndDate(Kind kind, PartialDate date, Language language) {
        return kind.label(language) + ", " + dateOrUndated(date, language);
    }

    /** The date in the language's form, or "undated" / "без даты" when null. */
    public static String dateOrUndated(PartialDate date, Language language) {
        if (date == null) {
            return language == Language.RU ? "без даты" : "undated";
        }
        return date.display(language);
    }

    /**
     * Whether a name stays the same in every Russian case, so that it may follow "По данным": names without
     * Cyrillic letters ("24.kg", "TRT"), and Cyrillic abbreviations ("МИД"). Other names are put where Russian
     * grammar wants the nominative ("Как утверждает Социалистическое движение Казахстана").
     */
    static boolean indeclinable(String name) {
        boolean cyrillic = false;
        boolean lower = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                cyrillic = true;
                lower |= Character.isLowerCase(c);
            }
        }
        return !cyrillic || !lower;
    }

    /**
     * The opening of an opinion stated in its author's name: "According to the Socialist Movement of Kazakhstan
     * (statement, 22 March 2023), "; in Russian "По утверждению 24.kg (комментарий, 2026), " or, for a name
     * that declines, "Как утверждает Социалистическое движение Казахстана (заявление, 22 марта 2023), ".
     */
    public static String accordingTo(String publisher, Kind kind, PartialDate date, Language language) {
        String opening = language != Language.RU ? "According to "
                : indeclinable(publisher) ? "По утверждению " : "Как утверждает ";
        return opening + publisher + " (" + kindAndDate(kind, date, language) + "), ";
    }

    /**
     * The opening of a report in its source's name (for facts the sources disagree on): "According to 24.kg
     * (news, 20 November 2024), "; in Russian "По данным 24.kg (новости, 20 ноября 2024), " or "Как сообщает
     * Казинформ (новости, 31 мая 2016), ".
     */
    public static String reportedBy(String publisher, Kind kind, PartialDate date, Language language) {
        String opening = language != Language.RU ? "According to "
                : indeclinable(publisher) ? "По данным " : "Как сообщает ";
        return opening + publisher + " (" + kindAndDate(kind, date, language) + "), ";
    }

    /**
     * The opening of a claim a source relays from someone else: "According to TRT, as relayed by 24.kg (news,
     * 20 November 2024), "; in Russian "По данным TRT, как сообщает 24.kg (новости, 20 ноября 2024), " or
     * "Как утверждает Токаев, о чём сообщает … (…), ".
     */
    public static String relayed(String claimant, String publisher, Kind kind, PartialDate date, Language language) {
        String opening = language != Language.RU ? "According to " + claimant + ", as relayed by "
                : indeclinable(claimant) ? "По данным " + claimant + ", как сообщает "
                : "Как утверждает " + claimant + ", о чём сообщает ";
        return opening + publisher + " (" + kindAndDate(kind, date, language) + "), ";
    }

    /**
     * One source named with its kind and date, for a side of a disagreement that several sources give:
     * "24.kg (news, 20 November 2024)", or for a relayed claim "TRT, as relayed by 24.kg (news, …)" /
     * "TRT — в передаче 24.kg (новости, …)" ("… — сообщает Казинформ (…)" for a name that declines).
     *
     * @param claimant who the source attributes the claim to, or null
     */
    public static String sourceLabel(String claimant, String publisher, Kind kind, PartialDate date,
                                      Language language) {
        String label = publisher + " (" + kindAndDate(kind, date, language) + ")";
        if (claimant == null || claimant.isBlank()) {
            return label;
        }
        if (language == Language.RU) {
            // "в передаче" wants the genitive, which only an indeclinable name ("24.kg") has for free
            return claimant.strip() + (indeclinable(publisher) ? " — в передаче " : " — сообщает ") + label;
        }
        return claimant.strip() + ", as relayed by " + label;
    }

    /**
     * A side of a disagreement given by several sources: "1917–1953: according to A (…); B (…)" /
     * "1917–1953 — так пишут: A (…); B (…)".
     */
    public static String givenBy(String value, java.util.List<String> sourceLabels, Language language) {
        return value + (language == Language.RU ? " — так пишут: " : ": according to ")
                + String.join("; ", sourceLabels);
    }

    private static final java.util.Set<String> ORGANISATION_WORDS = java.util.Set.of("movement", "party", "parties",
            "ministry", "committee", "commission", "council", "parliament", "government", "office", "service",
            "union", "foundation", "institute", "agency", "court", "assembly", "federation", "network", "association",
            "centre", "center", "administration", "presidency", "embassy", "cabinet", "senate", "department",
            "prosecutor", "library", "archive", "archives", "academy", "university", "society", "front", "league",
            "group", "board", "bureau", "secretariat", "mission", "organisation", "organization");

    /**
     * A publisher's name as it reads after "According to": in English an organisation named by common nouns
     * takes "the" ("the Socialist Movement of Kazakhstan", "the Ministry of Justice"); names such as "24.kg" or
     * "TRT" do not.
     */
    public static String publisherName(String publisher, Language language) {
        String p = publisher.strip();
        if (language != Language.EN || p.isEmpty() || p.regionMatches(true, 0, "the ", 0, 4)) {
            return p;
        }
        String head = p.contains("(") ? p.substring(0, p.indexOf('(')).strip() : p;
        String[] words = head.split("\\s+");
        if (words.length < 2 || !Character.isUpperCase(words[0].charAt(0))
                || words[0].equals(words[0].toUpperCase(java.util.Locale.ROOT))) {
            return p;
        }
        for (String w : words) {
            if (ORGANISATION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""))) {
                return "the " + p;
            }
        }
        return p;
    }

    /** A number as people write it: "18,000" / "18 000". */
    public static String number(long n, Language language) {
        String plain = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                sb.append(language == Language.RU ? '\u00a0' : ',');
            }
            sb.append(plain.charAt(i));
        }
        return (n < 0 ? "-" : "") + sb;
    }

    /** A range of years or dates: "1917–1953". */
    public static String range(String from, String to) {
        return from + "\u2013" + to;
    }

    /**
     * The note that names the further sources of a statement said once for several sources ("Also reported by:
     * Gazeta.uz, Tashkent Times."), each in its own words; {@code publishers} non-empty, as the sources name
     * themselves.
     */
    public static String alsoReportedBy(List<String> publishers, Language language) {
        String names = String.join(", ", publishers);
        return language == Language.RU ? ALSO_RU + names + "." : ALSO_EN + names + ".";
    }

    /** The opening of {@link #alsoReportedBy} in English. */
    public static final String ALSO_EN = "Also reported by: ";

    /** The opening of {@link #alsoReportedBy} in Russian. */
    public static final String ALSO_RU = "Об этом же сообщают: ";
}
