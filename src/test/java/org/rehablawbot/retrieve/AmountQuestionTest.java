package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AmountQuestionTest {

    private static boolean perPerson(String q) {
        return AmountQuestion.perPerson(Intent.of(q), q);
    }

    @Test
    void whatAPersonReceivesIsAskedWithoutATotalOrACost() {
        assertTrue(perPerson("How much compensation do victims of repression get in Kazakhstan?"));
        assertTrue(perPerson("мой дед был в ссылке 8 лет, скока денег положено?"));
        assertTrue(perPerson("сколько положено компенсации жертвам репрессий в казахстане?"));
        assertFalse(perPerson("How much has Kazakhstan paid to repression victims in total?"));
        assertFalse(perPerson("сколько выплатили жертвам репрессий с 2003 года?"));
        assertFalse(perPerson("а сколько денег на это нужно в год?"), "the cost of a law");
        assertFalse(perPerson("How many people were rehabilitated?"), "no payment named");
        assertFalse(perPerson("Who pays the compensation?"), "not a how-much question");
        assertTrue(perPerson("а сколько это в тенге примерно, единоразово?"), "a sum asked in a currency");
        assertTrue(perPerson("how much does kazakhstan pay a repression victim?"), "'pay' names a payment");
        // a sum of money bounded asks how much as "how much" does
        assertTrue(perPerson("kz one-off compensation more than 500k tenge?"));
        assertTrue(perPerson("единовременная компенсация больше 100 МРП?"));
        assertFalse(perPerson("has kazakhstan paid more than 10 billion tenge in total?"), "a total bounded");
        assertFalse(perPerson("were more than 300,000 people rehabilitated?"), "no sum of money");
        // a payment asked by its extent is an amount one person may receive
        assertTrue(perPerson("What's the biggest one-time payment a repressed person can get in Kazakhstan?"));
        assertTrue(perPerson("какая максимальная компенсация в Казахстане?"));
        assertFalse(perPerson("What is the largest archive of case files?"), "no payment named");
    }

    @Test
    void aSumAPersonReceivesIsNeitherATotalNorABudgetNorPay() {
        assertTrue(AmountQuestion.statesPersonalSum("in 2024 the compensation starts at 2,769 tenge (3/4 MCI)"));
        assertTrue(AmountQuestion.statesPersonalSum("компенсация составляет до 369 200 тенге (100 МРП)"));
        assertTrue(AmountQuestion.statesPersonalSum("a monthly compensation of 1500 som"));
        assertFalse(AmountQuestion.statesPersonalSum("the 2023 republican budget provides 768 thousand tenge"),
                "a budget");
        assertFalse(AmountQuestion.statesPersonalSum("2.9 billion tenge of compensations were paid"), "a sum paid out");
        assertFalse(AmountQuestion.statesPersonalSum("28,316 victims receive state allowances"), "a count of people");
        assertFalse(AmountQuestion.statesPersonalSum("commission members are paid 20,000 som"), "pay for staff");
        assertFalse(AmountQuestion.statesPersonalSum(null));
    }

    @Test
    void aRateIsTheAnswerAndABillionIsNot() {
        assertTrue(AmountQuestion.statesRate("3/4 месячного расчётного показателя за каждый месяц репрессий"));
        assertTrue(AmountQuestion.statesRate("no more than 100 MCI"));
        assertTrue(AmountQuestion.statesRate("a special state allowance of 1.07 MCI a month"));
        assertFalse(AmountQuestion.statesRate("18.4 billion tenge had been paid since 2003"));
        // a monthly payment named without its sum states no rate
        assertFalse(AmountQuestion.statesRate("some categories of citizens receive a monthly monetary compensation"));
        assertTrue(AmountQuestion.statesRate("2,000 som a month"));
        assertTrue(AmountQuestion.statesRate("the bill provided a monthly compensation of 1,500 som"));
        assertTrue(AmountQuestion.statesAggregate("18.4 billion tenge had been paid since 2003"));
        assertTrue(AmountQuestion.statesAggregate("выплачено 18,4 млрд тенге"));
        assertFalse(AmountQuestion.statesAggregate("не более 100 МРП"));
    }

    @Test
    void anAmountAskedInOtherWordsIsAHowManyQuestion() {
        assertEquals(Intent.HOW_MANY, Intent.of("and what would those payments have cost per year?"));
        assertEquals(Intent.HOW_MANY, Intent.of("What is the amount of the special allowance?"));
        assertEquals(Intent.HOW_MANY, Intent.of("какая сумма компенсации положена?"));
        assertEquals(Intent.HOW_MANY, Intent.of("какой размер пособия в казахстане"));
        assertEquals(Intent.OTHER, Intent.of("What would the law change for families?"), "no cost asked");
        assertEquals("payments", Synonyms.NONE.focus("and what would those payments have cost per year?").words()
                .get(0), "the thing whose cost is asked stays the focus");
    }

    @Test
    void payForTheCommissionsMembersIsNoPaymentToTheRepressed() {
        assertTrue(AmountQuestion.namesStaff("Pay for the members of Kyrgyzstan's rehabilitation commission: deputy "
                + "Kunduzbek Sulaimanov asked for the question of paying commission members to be settled."));
        assertTrue(AmountQuestion.namesStaff("зарплата членов комиссии"));
        // family members of the repressed are whom the payments are for
        assertFalse(AmountQuestion.namesStaff("Compensation is paid to family members of people who were shot."));
        assertFalse(AmountQuestion.namesStaff("how much money do they pay?"));
        // the unit Russia's compensation is counted in is no one's pay
        assertFalse(AmountQuestion.namesStaff("три четверти минимального размера оплаты труда за каждый месяц"));
        assertFalse(AmountQuestion.namesStaff("three quarters of the minimum wage for each month"));
    }

    @Test
    void aMonthlyPaymentAskedIsToldFromTheMonthlyIndexAndFromAOneTimePayment() {
        assertTrue(AmountQuestion.asksPeriodic("is there a monthly payment for rehabilitated people in kazakhstan?"));
        assertTrue(AmountQuestion.asksPeriodic("ежемесячно что-то платят?"));
        assertFalse(AmountQuestion.asksPeriodic("how much is the compensation in monthly calculation indices?"));
        assertFalse(AmountQuestion.asksPeriodic("what is the one-time payment, not the monthly one?"));
        assertTrue(AmountQuestion.statesOneTimeOnly("The one-time compensation is capped at 100 monthly calculation "
                + "indices."));
        assertFalse(AmountQuestion.statesOneTimeOnly("Since 2003, 18.4 billion tenge of one-time compensations and "
                + "monthly allowances were paid."));
        assertFalse(AmountQuestion.statesOneTimeOnly("Pensioners receive a monthly special state allowance."));
    }

    @Test
    void aFormulaAskedIsAnsweredByARulePerMonthOrAMultipleOfAnIndex() {
        assertTrue(AmountQuestion.asksFormula("how much do u get per month of repression in kz? whats the formula"));
        assertTrue(AmountQuestion.asksFormula("как рассчитывается единовременная компенсация?"));
        assertFalse(AmountQuestion.asksFormula("how much is the one-time compensation?"));
        assertTrue(AmountQuestion.statesFormula("three quarters (3/4) of the MCI for each month of repression"));
        assertTrue(AmountQuestion.statesFormula("единовременную компенсацию в размере десятикратного расчётного "
                + "показателя"));
        assertFalse(AmountQuestion.statesFormula("in 2024 the compensation goes up to 369,200 tenge (100 MCI)"),
                "a cap is no rule per month");
    }
}
