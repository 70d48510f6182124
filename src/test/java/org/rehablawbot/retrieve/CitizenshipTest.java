package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitizenshipTest {

    @Test
    void aStoryNamingACitizenshipOrWhereOneLivesTellsIt() {
        assertTrue(Citizenship.told("гражданство у неё российское. ей там что-то платят?"));
        assertTrue(Citizenship.told("we live in germany since 1995, can i get anything under the kazakh law?"));
        assertTrue(Citizenship.told("сейчас живу в израиле, что мне положено?"));
        assertTrue(Citizenship.told("can a grandchild living abroad apply?"));
        assertFalse(Citizenship.told("how much is the one-off compensation in kazakhstan?"));
        assertFalse(Citizenship.told("деда расстреляли в 1938, он подпадает под закон?"));
        // a citizenship taken away is a case asked about; a home in the country asked is no residence abroad
        assertFalse(Citizenship.told("Are people who were stripped of citizenship eligible in Kazakhstan?",
                List.of("KZ")));
        assertFalse(Citizenship.told("как доказать что она пострадавшая? живём в шымкенте", List.of("KZ")));
        assertTrue(Citizenship.told("живём в германии, что нам положено по казахскому закону?", List.of("KZ")));
        assertTrue(Citizenship.told("бабушка живёт в россии, ей положено что-то в казахстане?", List.of("KZ")));
        assertTrue(Citizenship.told("она теперь в россии живет. положено ли ей что то от казахстана?", List.of("KZ")));
        assertFalse(Citizenship.told("мы в алматы живём, что положено внукам?", List.of("KZ")));
    }

    @Test
    void aSentenceSettingACitizenshipOrResidenceConditionStatesIt() {
        assertTrue(Citizenship.statesCondition("Who is covered by Kazakhstan's 1993 rehabilitation law: everyone "
                + "directly subjected to political repression who is now a citizen of Kazakhstan."));
        assertTrue(Citizenship.statesCondition("на всех лиц, подвергшихся политическим репрессиям и являющихся ныне "
                + "гражданами Казахстана"));
        assertTrue(Citizenship.statesCondition("граждане других стран, проживающие в Кыргызстане с документом на "
                + "жительство"));
        assertFalse(Citizenship.statesCondition("The one-time compensation is three quarters of the MCI for each "
                + "month of repression."));
        // a law's list of repressions names citizenship taken away: no condition on the asker's citizenship
        assertFalse(Citizenship.statesCondition("Who counts as a victim under Article 1: people subjected to "
                + "execution, imprisonment, expulsion from the country and loss of citizenship, exile or banishment."));
        assertFalse(Citizenship.statesCondition("лица, лишённые гражданства, выселенные как группы населения"));
    }
}
