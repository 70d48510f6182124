package org.rehablawbot.retrieve;

import java.util.ArrayList;
import java.util.List;
import org.rehablawbot.knowledge.Fact;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;

/** A small knowledge built in code: news, a statement, facts that disagree, English and Russian versions. */
public final class Fixtures {

    private Fixtures() {
    }

    public static SourceMeta meta(String id, String title, Kind kind, String publisher, String date, Language language,
                                  String... jurisdictions) {
        String path = "test/" + id + "." + language.code() + ".md";
        return new SourceMeta(id, title, kind, publisher, null, PartialDate.parse(date).orElseThrow(),
                List.of(jurisdictions), language, "https://example.org/" + id, path);
    }

    public static Passage body(SourceMeta m, int ordinal, String text) {
        return new Passage(m, ordinal, 10 + 2 * ordinal, null, text, null);
    }

    public static Passage fact(SourceMeta m, int ordinal, String key, String value, String about, String claimant,
                               String text) {
        return new Passage(m, ordinal, 5 + ordinal, null, text, new Fact(key, value, about, claimant));
    }

    public static final SourceMeta KG_NEWS = meta("kg-news-parliament", "Kyrgyz parliament passes the rehabilitation bill",
            Kind.NEWS, "24.kg", "2024-11-20", Language.EN, "KG");
    public static final SourceMeta KG_NEWS_RU = meta("kg-news-parliament", "Парламент Кыргызстана принял законопроект о реабилитации",
            Kind.NEWS, "24.kg", "2024-11-20", Language.RU, "KG");
    public static final SourceMeta KG_AKI = meta("kg-aki-law-adopted", "Kyrgyz rehabilitation law adopted",
            Kind.NEWS, "AKIpress", "2024-11-21", Language.EN, "KG");
    public static final SourceMeta KZ_DECREE = meta("kz-decree-commission", "Decree on the state rehabilitation commission",
            Kind.DECREE, "Akorda", "2020-11-24", Language.EN, "KZ");
    public static final SourceMeta KZ_DECREE_RU = meta("kz-decree-commission", "Указ о государственной комиссии по реабилитации",
            Kind.DECREE, "Акорда", "2020-11-24", Language.RU, "KZ");
    public static final SourceMeta KZ_LAW = meta("kz-law-1993", "Law on rehabilitation of victims of mass political repressions",
            Kind.LAW, "Adilet (Ministry of Justice of Kazakhstan)", "1993-04-14", Language.EN, "KZ");
    public static final SourceMeta SMK = meta("smk-declaration", "Declaration against rehabilitating the Turkestan Legion",
            Kind.STATEMENT, "Socialist Movement of Kazakhstan", "2023-03-22", Language.EN, "KZ", "KG");
    public static final SourceMeta SMK_RU = meta("smk-declaration", "Заявление против реабилитации Туркестанского легиона",
            Kind.STATEMENT, "Социалистическое движение Казахстана", "2023-03-22", Language.RU, "KZ", "KG");
    public static final SourceMeta CMO = meta("cmo-commentary", "Kyrgyzstan rehabilitates victims of repression",
            Kind.COMMENTARY, "Central Media Office of Hizb ut Tahrir", "2025", Language.EN, "KG");

    /** Every passage of the fixture knowledge. */
    public static List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        out.add(body(KG_NEWS, 0, "On 20 November 2024 the Zhogorku Kenesh of Kyrgyzstan voted unanimously for the "
                + "agreed version of the bill on rehabilitating victims of political repression, 24.kg reported. "
                + "Deputy Zhanar Akayev said the new version had been agreed with the Prosecutor General's Office."));
        out.add(body(KG_NEWS, 1, "According to official data cited by 24.kg, 18,000 citizens of Kyrgyzstan were "
                + "repressed. The rehabilitation commission is paid for from the speaker's reserve fund."));
        out.add(fact(KG_NEWS, 2, "kg-rehab-law.adopted", "2024-11-20",
                "adoption of the Kyrgyz rehabilitation law by parliament", null,
                "24.kg reported that the Zhogorku Kenesh passed the rehabilitation bill on 20 November 2024."));
        out.add(fact(KG_NEWS, 3, "kg-repression-victims.count", "18000",
                "number of victims of repression in Kyrgyzstan", null,
                "24.kg gave the official figure of 18,000 repressed persons in Kyrgyzstan."));
        out.add(body(KG_NEWS_RU, 0, "20 ноября 2024 года Жогорку Кенеш Кыргызстана единогласно проголосовал за "
                + "согласованную версию законопроекта о реабилитации жертв политических репрессий, сообщило 24.kg."));
        out.add(fact(KG_NEWS_RU, 1, "kg-rehab-law.adopted", "2024-11-20",
                "принятие кыргызского закона о реабилитации парламентом", null,
                "24.kg сообщило, что Жогорку Кенеш принял законопроект о реабилитации 20 ноября 2024 года."));
        out.add(body(KG_AKI, 0, "AKIpress reported that the Kyrgyz rehabilitation law was adopted by parliament on "
                + "21 November 2024 in the third reading."));
        out.add(fact(KG_AKI, 1, "kg-rehab-law.adopted", "2024-11-21",
                "adoption of the Kyrgyz rehabilitation law by parliament", null,
                "AKIpress dated the adoption of the Kyrgyz rehabilitation law by parliament to 21 November 2024."));
        out.add(body(KZ_DECREE, 0, "President Kassym-Jomart Tokayev set up the State Commission for the full "
                + "rehabilitation of victims of political repressions by decree on 24 November 2020."));
        out.add(body(KZ_DECREE, 1, "The commission prepared 31 volumes of documents for about 250 thousand people "
                + "by January 2023."));
        out.add(body(KZ_DECREE_RU, 0, "Президент Касым-Жомарт Токаев создал Государственную комиссию по полной "
                + "реабилитации жертв политических репрессий указом от 24 ноября 2020 года."));
        out.add(body(KZ_DECREE_RU, 1, "Комиссия подготовила 31 том документов примерно на 250 тысяч человек к "
                + "январю 2023 года."));
        out.add(body(KZ_LAW, 0, "The Supreme Soviet of Kazakhstan adopted the law on rehabilitation of victims of mass "
                + "political repressions on 14 April 1993."));
        out.add(body(SMK, 0, "The declaration says the rehabilitation efforts in Kazakhstan and Kyrgyzstan aim at "
                + "revising history and at justifying members of the Turkestan Legion."));
        out.add(fact(SMK, 1, "rehab-laws.motive", "revising history", "what the rehabilitation laws aim at", null,
                "The declaration claims the rehabilitation laws aim at revising history."));
        out.add(body(SMK_RU, 0, "В заявлении говорится, что реабилитация в Казахстане и Кыргызстане направлена на "
                + "пересмотр истории и оправдание членов Туркестанского легиона."));
        out.add(fact(SMK_RU, 1, "rehab-laws.motive", "revising history", "цель законов о реабилитации", null,
                "В заявлении утверждается, что законы о реабилитации направлены на пересмотр истории."));
        out.add(fact(CMO, 0, "rehab-laws.motive", "image goals", "what the rehabilitation laws aim at", null,
                "The commentary claims the regimes rehabilitate victims for the sake of their image."));
        out.add(fact(CMO, 1, "kg-rehab-law.signed", "2024-12-31", "signing of the Kyrgyz rehabilitation law", "TRT",
                "The commentary, relaying TRT, says President Japarov signed the rehabilitation law at the end of 2024."));
        return out;
    }

    /** An index over {@link #passages()} with the hashing embedder. */
    public static InMemorySearch search() {
        return new InMemorySearch(passages(), new HashingEmbedder());
    }
}
