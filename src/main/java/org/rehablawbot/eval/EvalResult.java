package org.rehablawbot.eval;

import java.util.List;
import org.rehablawbot.answer.Answer;

/**
 * The verdict on one case.
 *
 * @param failures why it failed; empty when it passed
 */
public record EvalResult(EvalCase evalCase, Answer answer, List<String> failures) {

    public EvalResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
