package org.rehablawbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class EvalCasePatternTest {

    @Test
    void wordClassesMatchCyrillicLettersSoRussianStemsWork() throws IOException {
        EvalCase c = EvalCase.parse("{\"id\":\"x\",\"q\":\"q\",\"all\":[\"трудов\\\\w* арми\", \"^\\\\W*нет\\\\b\"]}");
        assertTrue(c.all().get(0).matcher("Трудовая армия упомянута в статье 1").find());
        assertTrue(c.all().get(1).matcher("— Нет, закон этого не говорит").find());
    }
}
