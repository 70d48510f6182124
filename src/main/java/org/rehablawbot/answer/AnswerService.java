package org.rehablawbot.answer;

import java.util.List;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.SourceMeta;

/**
 * The answer pipeline as its front ends (console chat, CLI, Telegram) see it. Implementations are thread-safe.
 */
public interface AnswerService {

    /**
     * Answers one question.
     *
     * @param question         the user's text, as typed; blank gives a {@link Answer.Status#HELP} answer
     * @param previousQuestion the previous question of the same conversation, for follow-ups; may be null
     * @param preferred        the language to answer in when the question's own script does not decide; may be null
     */
    Answer answer(String question, String previousQuestion, Language preferred);

    /** Every source document the knowledge holds, one entry per document and language. */
    List<SourceMeta> sources();
}
