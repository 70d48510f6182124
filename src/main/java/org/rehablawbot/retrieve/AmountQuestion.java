package org.rehablawbot.retrieve;

import java.util.regex.Pattern;

/**
 * The answer type of a question on money a person receives ("How much compensation do victims get?", "скока денег
 * положено?"): its answer is a rate (three quarters of the monthly calculation index for each month, at most 100
 * of them; a share of the minimum wage; an allowance a month), not a sum paid out in all ("18.4 billion tenge since
 * 2003"), which answers "how much has been paid". Retrieval and composition both read it: passages and sentences
 * stating a rate come first, aggregate sums last. English and Russian.
 */
public final class AmountQuestion {

    private static final Pattern PAYMENT = Pattern.compile("(?iu)(?<!\\p{L})(compensat|comp(?!\\p{L})|payment|payout|pays?(?!\\p{L})|allowance"
            + "|benefit|pension|money|one-time|one-off|lump|tenge|rubl|roubl|компенсац|выплат|выплач|пособи|доплат|доплач"
            + "|льгот|денег"
            + "|деньг|пенси|платят|платит|платил|заплат|получ|единоразов|единовремен|тенге|рубл)");
    private static final Pattern TOTAL_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(total|in all|overall|altogether"
            + "|so far|since|spent|paid out|budget|всего|итого|в общей сложности|в целом|с \\d{4}|потрачено|бюджет"
            + "|выплатил\\p{L}*|выделил\\p{L}*|cost\\p{L}*|need\\p{L}*|requir\\p{L}*|нужн\\p{L}*|потребу\\p{L}*"
            + "|требу\\p{L}*|стоит\\p{L}*|обойд\\p{L}*|расход\\p{L}*)");
    private static final Pattern AGGREGATE = Pattern.compile("(?iu)(?<![\\p{L}])(billion|million|bn|млрд|млн"
            + "|миллиард\\p{L}*|миллион\\p{L}*)(?![\\p{L}])");
    private static final Pattern RATE = Pattern.compile("(?iu)(monthly calculation index|\\bMCI\\b|МРП|месячн\\p{L}* "
            + "расч[её]тн\\p{L}* показател|minimum wage|МРОТ|минимальн\\p{L}* размер\\p{L}* оплаты труда"
            + "|\\d\\s*/\\s*\\d|three quarters|тр(и|ёх|ех) четверт|(?:per|a|each|for every) month(?!\\p{L})"
            // "a monthly compensation of 1,500 som", "1,500 som monthly"; "a monthly compensation" alone names no sum
            + "|monthly(?:\\s+\\p{L}+){0,3}\\s+(?:of\\s+)?\\d|\\d[\\d,.]*\\s*\\p{L}+\\s+monthly"
            + "|в месяц|за каждый месяц|ежемесячн|per person|на человека|каждому)");

    private AmountQuestion() {
    }

    /**
     * Whether a "how much" question, or one bounding a sum of money ("one-off compensation more than 500k tenge?"),
     * asks what a person receives: it names a payment and no total, period since, budget or cost ("сколько денег на
     * это нужно в год" asks what a law costs).
     *
     * @param intent   the question's intent ({@link Intent#of})
     * @param question the question as asked
     */
    public static boolean perPerson(Intent intent, String question) {
        return question != null && (intent == Intent.HOW_MANY || MONEY_BOUND.matcher(question).find()
                || EXTENT_OF_PAYMENT.matcher(question).find())
                && PAYMENT.matcher(question).find() && !TOTAL_ASKED.matcher(question).find();
    }

    /**
     * A payment asked by its extent ("what's the biggest one-time payment …?", "какая максимальная компенсация?"): an
     * amount one person may receive, as "how much" asks.
     */
    private static final Pattern EXTENT_OF_PAYMENT = Pattern.compile("(?iu)(?<!\\p{L})(maximum|minimum|max|min|largest"
            + "|smallest|biggest|highest|lowest|максимальн\\p{L}*|минимальн\\p{L}*|наибольш\\p{L}*|наименьш\\p{L}*"
            + "|самая большая|самую большую|самый большой)(?:\\s+[\\p{L}-]+){0,2}?\\s+(compensat|payment|payout|allowance"
            + "|benefit|pension|компенсац|выплат|пособи|доплат)");

    /**
     * A sum of money a yes/no question bounds by ("one-off compensation more than 500k tenge?", "больше 100 МРП?"):
     * it asks how much, as "how much" does.
     */
    private static final Pattern MONEY_BOUND = Pattern.compile("(?iu)(?<!\\p{L})(?:" + Situation.BOUND_WORDS
            + ")\\s+\\d[\\d \\u00a0\\u202f,.]*\\s*(?:k|к|m|thousand|million|тыс\\p{L}*|млн|миллион\\p{L}*)?\\.?\\s*"
            + "(?:tenge|тенге|rubles?|roubles?|руб\\p{L}*|som|сом\\p{L}*|dollars?|долл\\p{L}*|\\$|MRP|MCI|МРП)(?!\\p{L})");

    /**
     * Whether a question asks a total: "total", "in all", "overall", "altogether", "since 2003", "всего", "итого",
     * "в общей сложности", "суммарно", "с 2003 года". A sum of money it asks is then a sum paid out in all
     * ({@link #statesAggregate}), not a rate or a cap.
     *
     * @param question a question's text; null asks none
     */
    public static boolean asksTotal(String question) {
        return question != null && TOTAL.matcher(question).find();
    }

    private static final Pattern TOTAL = Pattern.compile("(?iu)(?<!\\p{L})(total|in all|overall|altogether|since \\d{4}"
            + "|всего|итого|в общей сложности|суммарно|с \\d{4})(?!\\p{L})");

    /** Words of money asked: a payment, a sum, a cost, a currency or a unit payments are counted in (MRP). */
    private static final Pattern MONEY_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(how much|what (?:would|will|does|did)"
            + "|sum|amount|cost\\p{L}*|budget|spent|paid|pay\\p{L}*|money|tenge|rubles?|roubles?|som|dollars?"
            + "|сумм\\p{L}*|стоим\\p{L}*|стоит|обойд\\p{L}*|бюджет\\p{L}*|потрачен\\p{L}*|тенге|рубл\\p{L}*|сом\\p{L}*"
            + "|долл\\p{L}*|mrp|mci|мрп|мрот)");

    /** A money unit or a share right after a number: "180 rubles", "2121 тенге", "100 МРП", "75%". */
    private static final Pattern MONEY_UNIT = Pattern.compile("(?iu)^\\s*(?:%|per ?cent|percent|процент\\p{L}*"
            + "|tenge|тенге|rubles?|roubles?|руб\\p{L}*|som|сом\\p{L}*|sum|сум|dollars?|долл\\p{L}*|\\$|MRP|MCI|МРП"
            + "|monthly calculation ind\\p{L}*|месячн\\p{L}* расч[её]тн\\p{L}* показател\\p{L}*"
            + "|(?:thousand|million|billion|тыс\\p{L}*|млн|млрд|миллион\\p{L}*|миллиард\\p{L}*)\\.?\\s+(?:tenge|тенге"
            + "|rubles?|руб\\p{L}*|som|сом\\p{L}*|dollars?|долл\\p{L}*))(?![\\p{L}])");

    /**
     * Whether a "how many" question asks about money (a payment, a sum, a cost, a currency): otherwise a number
     * of money ("180 rubles") counts nothing it asks for.
     */
    public static boolean asksMoney(String question) {
        return question != null && (PAYMENT.matcher(question).find() || MONEY_ASKED.matcher(question).find());
    }

    /** Whether the text right after a number makes it money or a share ("rubles", "тенге", "МРП", "%"). */
    public static boolean moneyFollows(String after) {
        return MONEY_UNIT.matcher(after).lookingAt();
    }

    /**
     * How a payment is worked out is asked: "whats the formula", "how is it calculated", "per month of repression",
     * "по какой формуле", "как рассчитывается", "за месяц заключения". A rule of so much for each month answers it,
     * not a cap or a year's sum.
     */
    private static final Pattern FORMULA_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:formula\\p{L}*|calculat\\p{L}*"
            + "|work(?:ed)? out|per month of|for (?:each|every) month|rate per|формул\\p{L}*|рассчитыва\\p{L}*"
            + "|высчитыва\\p{L}*|как (?:\\p{L}+ )?(?:считают|считается|начисля\\p{L}*)|расч[её]т\\p{L}*"
            + "|за (?:каждый )?месяц (?:заключени|лишени|ссылк|репресс|нахожден|лагер)\\p{L}*)");

    /**
     * A rule of so much for each unit of time a person suffered: "three quarters of the MCI for each month", "3/4",
     * "180 rubles for each month of imprisonment", "за каждый месяц"; or a multiple of an index ("ten times the
     * calculation index").
     */
    private static final Pattern FORMULA = Pattern.compile("(?iu)(?<!\\p{L})(?:\\d\\s*/\\s*\\d|three[- ]quarters"
            + "|тр(?:и|ёх|ех) четверт\\p{L}*|0[.,]75|for (?:each|every) month|per month of|за каждый месяц"
            + "|каждый месяц (?:заключени|лишени|нахождени|ссылк)\\p{L}*"
            // a multiple of an index: "ten times the calculation index", "десятикратного расчётного показателя"
            + "|times the (?:monthly )?calculation|\\p{L}*кратн\\p{L}* (?:месячн\\p{L}* )?расч[её]тн\\p{L}*)");

    /**
     * Whether a question asks how a payment is worked out ({@link #FORMULA_ASKED}): then a sentence stating a rule per
     * month of repression ({@link #statesFormula}) answers it.
     *
     * @param asking a question's asking part; null asks none
     */
    public static boolean asksFormula(String asking) {
        return asking != null && FORMULA_ASKED.matcher(asking).find();
    }

    /** Whether a text states a rule of so much for each month a person suffered ({@link #FORMULA}). */
    public static boolean statesFormula(String text) {
        return FORMULA.matcher(text).find();
    }

    /** Whether a text states a rate a person receives (per month, in monthly calculation indices, a share). */
    public static boolean statesRate(String text) {
        return RATE.matcher(text).find();
    }

    /**
     * The words a passage stating what a person receives is written in, to search beside a question's asking part
     * when it asks what one is entitled to ("can he get anything for it?" says none of them).
     *
     * @param language the language searched
     * @return the words, space-separated
     */
    public static String rateWords(org.rehablawbot.knowledge.Language language) {
        return language == org.rehablawbot.knowledge.Language.RU
                ? "компенсация выплата МРП месяц"
                : "compensation payment MRP month";
    }

    /** A number, then the money unit or share it counts ({@link #MONEY_UNIT}). */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d \\u00a0\\u202f,.]*");

    /**
     * Whether a sentence of a text states a sum a person receives: a number of money ("2,769 tenge", "1500 сом",
     * "100 MCI") in a sentence with no sum in billions or millions ({@link #statesAggregate}), no total, budget or
     * cost ("the 2023 budget provides 768 thousand tenge") and no pay for staff ({@link #namesStaff}).
     *
     * @param text a passage's or fact's text; null states none
     */
    public static boolean statesPersonalSum(String text) {
        if (text == null) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(text)) {
            if (statesAggregate(sentence) || namesStaff(sentence) || TOTAL_ASKED.matcher(sentence).find()) {
                continue;
            }
            java.util.regex.Matcher m = NUMBER.matcher(sentence);
            while (m.find()) {
                if (moneyFollows(sentence.substring(m.end()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The end of a sentence: a full stop, question or exclamation mark before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    /** Whether a text states a sum in billions or millions (paid out in all, a budget). */
    public static boolean statesAggregate(String text) {
        return AGGREGATE.matcher(text).find();
    }

    /**
     * Pay for the people who do the work: a commission's members, staff, salaries ("paying commission members"); not
     * "the minimum wage" ("минимальный размер оплаты труда"), the unit Russia's compensation is counted in.
     */
    private static final Pattern STAFF = Pattern.compile("(?iu)(?<![\\p{L}])(?:commission(?:'s)? members|members of"
            + "(?: [\\p{L}'’]+){0,3} commission|staff|employees|salar\\p{L}*|член\\p{L}* комисси\\p{L}*"
            + "|сотрудник\\p{L}*|зарплат\\p{L}*)(?![\\p{L}])");

    /**
     * Whether a text speaks of paying the people who do the work rather than the repressed ("Pay for the members of
     * Kyrgyzstan's rehabilitation commission"), or a question asks of them ("how much are commission members paid?").
     * A question on money that names none of them asks what the repressed and their families are paid.
     */
    public static boolean namesStaff(String text) {
        return text != null && STAFF.matcher(text).find();
    }

    /**
     * A payment made every month: "monthly payment", "ежемесячное пособие", "каждый месяц"; "monthly calculation
     * index" (the unit Kazakh sums are counted in, "месячный расчётный показатель") names no payment.
     */
    private static final Pattern PERIODIC = Pattern.compile("(?iu)(?<!\\p{L})(?:monthly(?!\\s+calculation)"
            + "|ежемесячн\\p{L}*|каждый месяц|every month)(?!\\p{L})");

    /** A payment made once: "one-time", "one-off", "lump sum", "единовременная", "разовая". */
    private static final Pattern ONE_TIME = Pattern.compile("(?iu)(?<!\\p{L})(?:one-time|one-off|one time|lump[- ]sum"
            + "|единовременн\\p{L}*|разов\\p{L}*)(?!\\p{L})");

    /**
     * Whether a question asks of a payment made every month ({@link #PERIODIC}: "is there a monthly payment …?",
     * "ежемесячно что-то платят?"): a sentence on a one-time compensation alone answers another question.
     *
     * @param asking a question's asking part; never null
     */
    public static boolean asksPeriodic(String asking) {
        return PERIODIC.matcher(asking).find() && !ONE_TIME.matcher(asking).find();
    }

    /**
     * Whether a sentence speaks of a one-time payment and of none made every month ("the one-time compensation is
     * capped at 100 MCI"; "… one-time compensations and monthly allowances" speaks of both).
     *
     * @param text a sentence; never null
     */
    public static boolean statesOneTimeOnly(String text) {
        return ONE_TIME.matcher(text).find() && !PERIODIC.matcher(text).find();
    }
}
