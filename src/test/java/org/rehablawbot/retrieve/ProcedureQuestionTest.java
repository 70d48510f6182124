package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.rehablawbot.knowledge.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureQuestionTest {

    @Test
    void askingWhichBodyActsIsToldFromOtherQuestions() {
        for (String q : new String[] {"and who decides?", "Who actually decides on rehabilitation in Kyrgyzstan?",
                "Which court deals with his rehabilitation?", "where do I apply for the compensation?",
                "а кто это решает?", "кто в кыргызстане теперь решает признавать человека жертвой или нет",
                "а кто будет решать и куда нам идти?", "а куда писать?", "а куда?", "а куда его подавать?",
                "а подавать куда, в прокуратуру или в полицию?", "и куда потом нести документы на выплату, в цон?",
                "к кому обращаться?", "в какой суд теперь?", "and who do we even ask??",
                "where do I actually apply?"}) {
            assertTrue(ProcedureQuestion.asksBody(q), q);
        }
        for (String q : new String[] {"Who signed the Kyrgyz rehabilitation law?", "who is covered by the law?",
                "кто признан жертвой репрессий?", "where was the memorial opened?", "как подать заявление?",
                "сколько денег положено?", "when was the law adopted?", "where"}) {
            assertFalse(ProcedureQuestion.asksBody(q), q);
        }
        assertFalse(ProcedureQuestion.asksBody(null));
    }

    @Test
    void aBodyDoingAStepIsToldFromAUseOfTheSameWord() {
        assertTrue(ProcedureQuestion.namesBodyActing("Under the Kyrgyz rehabilitation bill, a rehabilitation "
                + "commission is to decide whether a person is recognised as a victim of political repression."));
        assertTrue(ProcedureQuestion.namesBodyActing("По законопроекту решать, признаётся ли человек жертвой, "
                + "должна комиссия по реабилитации."));
        assertTrue(ProcedureQuestion.namesBodyActing("Applications were received by the \"Government for "
                + "Citizens\" state corporation."));
        assertTrue(ProcedureQuestion.namesBodyActing("при репрессиях в административном порядке заявление "
                + "подаётся в органы внутренних дел, в остальных случаях — в органы прокуратуры"));
        // what was repressed, by whom: no step of a procedure anyone can take today
        assertFalse(ProcedureQuestion.namesBodyActing("Decisions taken from 1917 to 1953 count as political "
                + "repression, whether decided by courts or by other bodies."));
        assertFalse(ProcedureQuestion.namesBodyActing("лишены жизни или свободы по решениям судов и других "
                + "органов"));
        assertFalse(ProcedureQuestion.namesBodyActing("Russia's Constitutional Court said that general archive "
                + "rules apply to files of people who were not rehabilitated."));
        assertFalse(ProcedureQuestion.namesBodyActing("The commission met on 3 December 2020."), "no step");
    }

    @Test
    void theWordsOfAStepAreSearchedInTheQuestionsLanguage() {
        assertTrue(ProcedureQuestion.actWords(Language.RU).contains("заявление"));
        assertTrue(ProcedureQuestion.actWords(Language.EN).contains("apply"));
    }

    @Test
    void theBodiesATextNamesAndWhereABodySits() {
        assertEquals(List.of(Terms.stem("комиссия")), ProcedureQuestion.bodies("решать должна комиссия по реабилитации"));
        assertTrue(ProcedureQuestion.saysWhereBodySits("Кыргызская комиссия по реабилитации работает при Институте "
                + "истории, археологии и этнологии"));
        assertTrue(ProcedureQuestion.saysWhereBodySits("The commission works under the Institute of History"));
        assertFalse(ProcedureQuestion.saysWhereBodySits("Депутат предложил создать комиссию по реабилитации"));
    }

    @Test
    void askingHowTheProcedureGoesIsToldFromOtherQuestions() {
        for (String q : new String[] {"How does an Uzbek family get a repressed relative rehabilitated?",
                "Is there some application to file?", "how does that work, can the family file something or do we "
                + "just wait?", "Как в Узбекистане его реабилитировать, куда писать?",
                "в узбекистане можно самим подать на реабилитацию прадеда или надо ждать?",
                "can I apply to the commission online?", "Как в Узбекистане добиться его реабилитации, куда писать?",
                "его реабилитировали автоматически или надо подавать?", "do we need to apply or does it happen by itself?"}) {
            assertTrue(ProcedureQuestion.asksProcedure(q), q);
        }
        for (String q : new String[] {"How many people were rehabilitated in Uzbekistan?", "who is covered by the law?",
                "когда реабилитировали басмачей?", "how much does the family get?", "сколько платят?",
                "нужно ли знать казахский?"}) {
            assertFalse(ProcedureQuestion.asksProcedure(q), q);
        }
        assertFalse(ProcedureQuestion.asksProcedure(null));
    }

    @Test
    void theWordsOfProcedureCountOnlyInsideThePhraseThatAsksIt() {
        assertEquals(java.util.Set.of(Terms.stem("application"), Terms.stem("file")),
                ProcedureQuestion.askedProcedureStems("How does it work? Is there some application to file?"));
        // "решать" of "кто будет решать" is the verb of the body asked: a body doing a step answers it
        assertEquals(java.util.Set.of(Terms.stem("решать"), Terms.stem("идти")),
                ProcedureQuestion.askedProcedureStems("а кто будет решать и куда нам идти?"));
        // "go" asks how one applies here, not where: only "apply" is a word of the procedure asked
        assertEquals(java.util.Set.of(Terms.stem("apply")), ProcedureQuestion.askedProcedureStems(
                "can i apply to the commission online or do i have to go to bishkek in person"));
        assertEquals(java.util.Set.of(), ProcedureQuestion.askedProcedureStems("when was the law adopted?"));
    }

    @Test
    void handingCasesOverIsAStep() {
        assertTrue(ProcedureQuestion.namesBodyActing("the Republican working group goes through criminal cases kept "
                + "in the archives and hands them over to the prosecutors"));
        assertTrue(ProcedureQuestion.namesBodyActing("Республиканская рабочая группа изучает уголовные дела из архивов "
                + "и передаёт их органам прокуратуры"));
    }

    @Test
    void aFamilysWishToGetARelativeRehabilitatedIsToldInTheStory() {
        assertTrue(ProcedureQuestion.wantsRehabilitation("мою прабабушку осудила тройка. Мы хотим добиться ее "
                + "реабилитации в Узбекистане, там вообще есть закон и куда писать??"));
        assertTrue(ProcedureQuestion.wantsRehabilitation("We want to get him rehabilitated. Who decides?"));
        assertFalse(ProcedureQuestion.wantsRehabilitation("He was rehabilitated in 1958. Who decides on payments?"));
        Question q = Question.analyse("мою прабабушку в 1930 году осудила тройка в Самарканде. Мы хотим добиться ее "
                + "реабилитации в Узбекистане, там вообще есть закон об этом и куда писать?? В прокуратуру?", null, null);
        assertTrue(q.stepsAsked(), "the body asked after the wish asks the steps");
        assertFalse(Question.analyse("Мы хотим добиться её реабилитации. Когда приняли закон?", null, null)
                .stepsAsked(), "a date asked after the wish asks no steps");
    }

    @Test
    void whetherOneCanObtainAClearingAsksTheProcedure() {
        assertTrue(Question.analyse("Можно ли добиться его оправдания в Узбекистане?", null, Language.RU)
                .procedureAsked());
        assertTrue(Question.analyse("can we get him rehabilitated in Kyrgyzstan?", null, Language.EN)
                .procedureAsked());
        assertFalse(Question.analyse("когда его оправдали?", null, Language.RU).procedureAsked());
        // the wish in a clause of its own asks the steps, however long the family's story before it
        assertTrue(Question.analyse("в 1930 году тройка его осудила как басмача. как нам добиться чтобы его "
                + "оправдали? куда писать то", null, Language.RU).stepsAsked());
    }

    @Test
    void aBodyThatRehabilitatesDoesTheDecidingStep() {
        assertTrue(ProcedureQuestion.namesBodyActing("В Узбекистане жертв советских репрессий реабилитирует Верховный "
                + "суд, а не особая комиссия."));
        assertTrue(ProcedureQuestion.namesBodyActing("In Uzbekistan the Supreme Court acquits the victims."));
        assertFalse(ProcedureQuestion.namesBodyActing("Верховный суд реабилитировал 205 человек в 2024 году."));
    }

    @Test
    void papersAskedAloneAreToldFromPapersAskedBesideAnotherThing() {
        assertTrue(ProcedureQuestion.asksDocumentsOnly("what documents do i need to apply for rehabilitation in kyrgyzstan"));
        assertTrue(ProcedureQuestion.asksDocumentsOnly("какие документы нужны для получения справки о реабилитации?"));
        assertTrue(ProcedureQuestion.asksDocumentsOnly("а что нужно приложить к заявлению?"));
        // a second part asks where or what is due: a sentence on papers is not the whole answer
        assertFalse(ProcedureQuestion.asksDocumentsOnly("а какие документы нужны чтобы подать на реабилитацию и куда?"));
        assertFalse(ProcedureQuestion.asksDocumentsOnly("Is he entitled to anything and what documents does he need?"));
        // the documents a law names as grounds are no papers to submit
        assertFalse(ProcedureQuestion.asksDocumentsOnly("What documents does the Kyrgyz law name as grounds?"));
        assertTrue(ProcedureQuestion.listsDocuments("ребёнок жертвы репрессий тоже может подать заявление, если "
                + "приложит подтверждающие документы."));
        assertFalse(ProcedureQuestion.listsDocuments("Decisions taken from 1917 to 1953 count as political repression."));
        assertFalse(ProcedureQuestion.listsDocuments("The rehabilitation commission decides whether a person is a victim."));
    }

    @Test
    void whichArchiveIsAnsweredByAnArchiveNamedNotByTheArchives() {
        assertTrue(ProcedureQuestion.asksArchive("where do i request the nkvd file? which archive"));
        assertTrue(ProcedureQuestion.asksArchive("в каком архиве искать дело прадеда?"));
        assertFalse(ProcedureQuestion.asksArchive("can relatives read archive files in russia?"));
        assertTrue(ProcedureQuestion.namesArchive("251,000 cases were handed to the Presidential Archive."));
        assertTrue(ProcedureQuestion.namesArchive("Дела хранятся в архиве ФСБ."));
        assertTrue(ProcedureQuestion.namesArchive("251 тысяча дел передана в Архив Президента."));
        assertTrue(ProcedureQuestion.namesArchive("the specialised archive fund on political repressions"));
        assertFalse(ProcedureQuestion.namesArchive("The working group goes through criminal cases kept in the archives."));
        assertFalse(ProcedureQuestion.namesArchive("учёные работали в архивах"));
    }

    @Test
    void whereToNowAfterARefusalAsksTheBody() {
        assertTrue(ProcedureQuestion.asksBody("куда теперь?"));
        assertTrue(ProcedureQuestion.asksBody("and where now?"));
        assertFalse(ProcedureQuestion.asksBody("and where?"), "where a memorial stands is no body");
    }

    @Test
    void whetherAPersonMayApplyIsAskedAndToldApartFromWhereAndHow() {
        for (String q : new String[] {"а внуку можно подать?", "может ли дочь подать заявление?", "можно ли мне подать?",
                "can my grandson apply too?", "may children file?", "is a grandchild allowed to apply?"}) {
            assertTrue(ProcedureQuestion.asksApplicant(q), q);
        }
        for (String q : new String[] {"куда подавать?", "where do I apply?", "how do we apply?", "кто решает?"}) {
            assertFalse(ProcedureQuestion.asksApplicant(q), q);
        }
        String anyone = "Кто может подать заявление о реабилитации в России: по статье 6 Закона № 1761-1 заявление "
                + "вправе подать сам репрессированный, любое другое лицо или общественная организация.";
        assertTrue(ProcedureQuestion.statesApplicant(anyone));
        assertTrue(ProcedureQuestion.anyoneMayApply(anyone));
        String child = "A child of a victim can apply too, provided the application comes with the supporting documents.";
        assertTrue(ProcedureQuestion.statesApplicant(child));
        assertFalse(ProcedureQuestion.anyoneMayApply(child));
        // where one applies tells no one who may
        assertFalse(ProcedureQuestion.statesApplicant("Заявление подаётся в органы прокуратуры по месту жительства."));
    }

    @Test
    void aStepIsToldAsTheProcedureGoesNotAsADatedCase() {
        assertTrue(ProcedureQuestion.tellsStep("Step two in Uzbekistan: where there are grounds for rehabilitation, the "
                + "prosecutor's office lodges a protest against the decision of the troika (Daryo, 21 December 2022)."));
        assertFalse(ProcedureQuestion.tellsStep("In May 2024 the Deputy Prosecutor General of Uzbekistan lodged "
                + "cassation protests in 11 criminal cases, and the Supreme Court rehabilitated them."));
        assertFalse(ProcedureQuestion.tellsStep("Kyrgyzstan's law covers repression from 1917 onward."));
    }

    @Test
    void theObjectOfTheVerbThatAsksWhereToTurnIsAskedWithIt() {
        assertTrue(ProcedureQuestion.askedProcedureStems("как нам его реабилитировать куда писать заявление?")
                .contains(Terms.stem("заявление")));
        assertTrue(ProcedureQuestion.askedProcedureStems("where do i submit the application?")
                .contains(Terms.stem("application")));
        // a word of procedure past the question's clause is not asked with it
        assertFalse(ProcedureQuestion.askedProcedureStems("куда писать? заявление у нас есть")
                .contains(Terms.stem("заявление")));
    }
}
