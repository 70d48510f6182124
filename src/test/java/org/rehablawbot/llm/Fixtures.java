package org.rehablawbot.llm;

import java.util.List;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Fact;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.retrieve.Retrieval;

/** Passages about the 2024 Kyrgyz rehabilitation law, and the extractive answer a fallback gives for them. */
final class Fixtures {

    static final String QUESTION = "When was the Kyrgyz rehabilitation law adopted?";

    static final SourceMeta NEWS = new SourceMeta("24kg-2024-11-20", "Parliament adopts rehabilitation law",
            Kind.NEWS, "24.kg", null, PartialDate.parse("2024-11-20").orElseThrow(), List.of("KG"), Language.EN,
            "https://24.kg/example", "kg/24kg-2024-11-20.en.md");
    static final SourceMeta LAW = new SourceMeta("kg-law-2024", "Law on the rehabilitation of victims of political "
            + "repression", Kind.LAW, "Jogorku Kenesh", null, PartialDate.parse("2024-12").orElseThrow(), List.of("KG"),
            Language.EN, null, "kg/kg-law-2024.en.md");
    static final SourceMeta TRT = new SourceMeta("trt-2024-11-21", "Kyrgyzstan honours victims of repression",
            Kind.STATEMENT, "TRT", null, PartialDate.parse("2024-11-21").orElseThrow(), List.of("KG"), Language.EN,
            null, "kg/trt-2024-11-21.en.md");
    static final SourceMeta MEMORIAL = new SourceMeta("memorial-2025", "How many were repressed", Kind.COMMENTARY,
            "Memorial", "Anna Petrova", PartialDate.parse("2025-01").orElseThrow(), List.of("KG", "RU"), Language.EN,
            null, "kg/memorial-2025.en.md");

    /** Another outlet that ran the same report. */
    static final SourceMeta TRT_COPY = new SourceMeta("akipress-2024-11-20", "Parliament adopts rehabilitation law",
            Kind.NEWS, "AKIpress", null, PartialDate.parse("2024-11-20").orElseThrow(), List.of("KG"), Language.EN,
            null, "kg/akipress-2024-11-20.en.md");

    static final Passage P_NEWS = new Passage(NEWS, 0, 9, null, "The Jogorku Kenesh adopted the law on the "
            + "rehabilitation of victims of political repression on 20 November 2024. About 18,000 people are "
            + "expected to have their names restored.", null);
    static final Passage P_LAW = new Passage(LAW, 0, 12, "Article 1", "The law restores the good name of persons "
            + "repressed on political grounds between 1918 and 1953.", null);
    static final Passage P_TRT = new Passage(TRT, 1, 6, null, "The rehabilitation law was adopted on 2024-11-21.",
            new Fact("kg-law-2024.adopted", "2024-11-21", "adoption of the Kyrgyz rehabilitation law", "TRT"));
    static final Passage P_MEMORIAL = new Passage(MEMORIAL, 0, 8, null, "Memorial considers the number of victims "
            + "in Kyrgyzstan to be closer to 40 000.", null);

    /** The four passages, numbered [1] news, [2] law, [3] TRT's claim, [4] Memorial's commentary. */
    static Retrieval retrieval() {
        return retrieval(QUESTION, Language.EN, List.of(P_NEWS, P_LAW, P_TRT, P_MEMORIAL));
    }

    static Retrieval retrieval(String question, Language language, List<Passage> passages) {
        List<ScoredPassage> scored = new java.util.ArrayList<>();
        float score = 1f;
        for (Passage p : passages) {
            scored.add(new ScoredPassage(p, score));
            score -= 0.1f;
        }
        return new Retrieval(question, question, language, scored);
    }

    static Citation citation(int n, Passage p) {
        return LlmComposer.citationOf(n, p);
    }

    /**
     * What the extractive composer answers: the news report, and a "Sources differ" on the adoption date
     * between the news [1] and TRT [2].
     */
    static Answer extractive(Retrieval r) {
        return new Answer(r.question(), r.language(), Answer.Status.ANSWERED,
                List.of(new Statement("The Jogorku Kenesh adopted the law on the rehabilitation of victims of "
                        + "political repression on 20 November 2024.", List.of(1))),
                List.of(new Disagreement("adoption of the Kyrgyz rehabilitation law", List.of(
                        new Disagreement.Position("20 November 2024, according to 24.kg", List.of(1)),
                        new Disagreement.Position("21 November 2024, according to TRT", List.of(2))))),
                List.of(citation(1, P_NEWS), citation(2, P_TRT)), "extractive", 3);
    }

    private Fixtures() {
    }
}
