package org.rehablawbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;
import org.rehablawbot.knowledge.SourceMeta;

/**
 * A test double of the answer pipeline: questions mentioning "many sources" get an answer citing four sources,
 * questions mentioning "law" a two-citation answer, "long" questions a 6,000-character answer, anything else a
 * refusal. It records every question it is asked.
 */
final class FakeAnswerService implements AnswerService {

    final ConcurrentLinkedQueue<String> questions = new ConcurrentLinkedQueue<>();

    @Override
    public Answer answer(String question, String previousQuestion, Language preferred) {
        questions.add(question);
        Language lang = Language.cyrillicShare(question) >= 0.5 ? Language.RU : preferred == null ? Language.EN : preferred;
        String q = question.toLowerCase();
        if (q.contains("many sources")) {
            List<Statement> statements = new ArrayList<>();
            List<Citation> cited = new ArrayList<>();
            for (int n = 1; n <= 4; n++) {
                statements.add(new Statement("Outlet " + n + " reports the rehabilitation law's adoption.", List.of(n)));
                cited.add(new Citation(n, "outlet-" + n, "Report " + n + " on the law", "Outlet " + n, "news",
                        "2024-11-2" + n, "https://outlet" + n + ".example/law", "kg/outlet-" + n + ".en.md", 3,
                        "Outlet " + n + " passage."));
            }
            return new Answer(question, lang, Answer.Status.ANSWERED, statements, List.of(), cited, "extractive", 1);
        }
        if (q.contains("long")) {
            List<Statement> statements = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                statements.add(new Statement("Statement " + i + " about the law & its <history> in considerable detail, "
                        + "repeated to make the answer long.", List.of(1 + i % 2)));
            }
            return new Answer(question, lang, Answer.Status.ANSWERED, statements, List.of(), citations(), "extractive", 1);
        }
        if (q.contains("law") || q.contains("закон")) {
            return new Answer(question, lang, Answer.Status.ANSWERED,
                    List.of(new Statement("Kyrgyzstan's parliament passed the rehabilitation law on 20 November 2024.", List.of(1)),
                            new Statement("According to Toktom (law, December 2024), it was signed in December.", List.of(2))),
                    List.of(), citations(), "extractive", 1);
        }
        return new Answer(question, lang, Answer.Status.REFUSED,
                List.of(new Statement("My sources say nothing about that.", List.of())), List.of(), List.of(), "extractive", 1);
    }

    private static List<Citation> citations() {
        return List.of(
                new Citation(1, "24kg-2024-11-20", "Kyrgyz parliament passes the rehabilitation bill", "24.kg", "news",
                        "2024-11-20", "https://24.kg/x", "kg/24kg.en.md", 12, "The parliament passed the bill <in third reading>."),
                new Citation(2, "toktom-law", "Law on rehabilitation", "Toktom", "law", "2024-12", null, "kg/law.en.md", 9,
                        "The law was signed in December 2024 & published."));
    }

    @Override
    public List<SourceMeta> sources() {
        return List.of(new SourceMeta("toktom-law", "Law on rehabilitation", Kind.LAW, "Toktom", null,
                new PartialDate(2024, 12, 0), List.of("KG"), Language.EN, null, "kg/law.en.md"));
    }
}
