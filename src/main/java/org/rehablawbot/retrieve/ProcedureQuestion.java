package org.rehablawbot.retrieve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer type of a question on who acts in a procedure ("who decides?", "where do I apply?", "а куда писать?",
 * "кто это решает и куда нам идти?"): its answer names a body (a commission, a prosecutor's office, a court, the
 * internal affairs bodies, the "Government for Citizens" state corporation, a working group) doing a step of the
 * procedure (deciding, receiving applications, lodging protests, hearing cases), not a sentence that merely uses the
 * question's verb ("decisions taken from 1917 to 1953", "по решениям судов", which say what was repressed). Retrieval
 * and composition both read it: passages and sentences naming a body acting come first. English and Russian.
 */
public final class ProcedureQuestion {

    /**
     * A question asking which body acts: who decides, reviews or handles it; where, to whom or to which office one
     * applies, writes or goes.
     */
    private static final Pattern BODY_ASKED = Pattern.compile("(?iu)(?<!\\p{L})("
            + "who(?:\\s+[\\p{L}']+){0,2}?\\s+(?:decides?|reviews?|considers?|examines?|handles?|grants?|rules? on"
            + "|recogni[sz]es?|processes|deals with|is in charge|is responsible)"
            // an adverb may stand before the verb: "who do we *even* ask", "where do I *actually* apply"
            + "|where (?:do|can|should|must|would|does|to) (?:i |we |you |one |they |he |she |my \\p{L}+ |the family )?"
            + "(?:even |actually |then |now |really |just )?"
            + "(?:apply|file|submit|go|turn|write|send|take|bring|lodge|register)"
            + "|where (?:is|are) (?:the )?applications?|which (?:office|body|bodies|authority|authorities|agency|court"
            + "|institution|department)"
            + "|whom (?:do|should|can) (?:i|we|you|one) (?:even |actually |then |now |really |just )?(?:apply|contact"
            + "|write|turn)|who (?:do|should|can) (?:i|we|you|one) (?:even |actually |then |now |really |just )?"
            + "(?:contact|ask|apply to|write to|turn to)"
            + "|кто(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:реша\\p{L}*|рассматрива\\p{L}*|рассмотрит|принима\\p{L}* решени\\p{L}*"
            + "|призна(?:ёт|ет|ют|вать)|занима\\p{L}*ся|выда(?:ёт|ет|ют|вать)|оформля\\p{L}*)"
            + "|куда(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:идти|пойти|подавать|подать|обращаться|обратиться|писать|написать"
            + "|нести|отнести|отправлять|отправить|податься|сдавать|сдать|ехать|звонить)"
            + "|(?:идти|подавать|обращаться|писать|нести|отправлять|сдавать)\\s+куда"
            + "|к кому (?:мне |нам )?(?:обращаться|обратиться|идти|пойти)|в как(?:ой|ую|ие|их) (?:орган\\p{L}*|суд"
            + "|инстанци\\p{L}*|ведомств\\p{L}*|учреждени\\p{L}*|организаци\\p{L}*|офис\\p{L}*)"
            + "|какой орган|какие органы"
            // a follow-up of one word after a question on a procedure: "а куда?", "and where to?"; after a story of a
            // refusal: "куда теперь?", "where to now?"
            + "|^[^\\p{L}]*(?:(?:а|и|ну|and|so)\\s+)?(?:(?:куда|к кому|where to)(?:\\s+(?:же|именно|exactly|теперь"
            + "|дальше|now|next|then))?|where (?:now|next)|what now)[^\\p{L}]*$"
            + ")(?!\\p{L})");

    /** A body one applies to or that decides: "the prosecutor's office", "органы внутренних дел", "ЦОН", "archive". */
    private static final Pattern BODY = Pattern.compile("(?iu)(?<![\\p{L}])(office|offices|ministry|ministries"
            + "|prosecutor\\p{L}*|court|courts|commission\\p{L}*|archive\\p{L}*|department\\p{L}*|agency|agencies|centre"
            + "|center|authorit\\p{L}*|police|interior|akimat|орган(?:ы|ов|ам|ами|ах|а|у|ом|е)?|прокуратур\\p{L}*"
            + "|прокурор\\p{L}*|министерств\\p{L}*|суд|суда|суде|суды|судов|судом|судам|судах|комисси\\p{L}*|архив\\p{L}*"
            + "|ведомств\\p{L}*|цон|госкорпораци\\p{L}*|корпораци\\p{L}*|акимат\\p{L}*|управлени\\p{L}*|отдел\\p{L}*"
            + "|служб\\p{L}*|мвд|полици\\p{L}*|working group|рабоч\\p{L}* групп\\p{L}*|Government for Citizens"
            + "|Правительств\\p{L}* для граждан)(?![\\p{L}])");

    /**
     * A step of a procedure done by or before a body: applying, submitting, lodging a protest, deciding whether,
     * hearing cases, receiving applications. Not the nouns "decision"/"решение" alone nor "decided by", which say
     * how a person was repressed ("by decision of courts"), and not "applies to", which says what a rule covers.
     */
    private static final Pattern ACT = Pattern.compile("(?iu)(?<![\\p{L}])(applications?|applicants?|apply (?:for|through"
            + "|at|in person)|(?:can|may|must|to|should) apply|submit\\p{L}*|lodge\\p{L}*|filed? (?:with|a|an|at)"
            + "|protests?|decides|to decide|will decide|is decided|are decided|decide (?:whether|on|if)|considers"
            + "|reviews|examines|hears|heard the|handles|accepts|receives|received by|goes to|go to|turn to"
            + "|hands? (?:\\p{L}+ )?over|hand(?:ed|s)? (?:\\p{L}+ )?to|переда(?:ёт|ет|ют|ются|ётся|ется)"
            + "|обращ\\p{L}*|заявлени\\p{L}*|подава\\p{L}*|пода(?:ют|ёт|ет|ется|ются|ть|йте)|подан\\p{L}*|протест\\p{L}*"
            + "|ходатайств\\p{L}*|рассматрива\\p{L}*|рассмотр\\p{L}*|реша(?:ть|ет|ют|ется|ются)|решит|реша\\p{L}* вопрос"
            + "|принима(?:ет|ют|ть|лись|ются|ло|ла|ли|л) (?:заявлени|решени|документ)\\p{L}*|выда(?:ёт|ет|ют)"
            + "|направля\\p{L}*"
            // "В Узбекистане реабилитирует Верховный суд", "the Supreme Court acquits": the deciding step itself
            + "|реабилитиру(?:ет|ют)|оправдыва(?:ет|ют)|rehabilitates|acquits)(?![\\p{L}])");

    private ProcedureQuestion() {
    }

    /**
     * Words that tell a step of a procedure, to search beside a question that asks which body acts: "а куда?" holds
     * none of them, and a passage naming where applications go, or where the body deciding works, holds few of the
     * previous question's words.
     *
     * @param language the language searched
     * @return the words, space separated
     */
    public static String actWords(org.rehablawbot.knowledge.Language language) {
        return language == org.rehablawbot.knowledge.Language.RU
                ? "обращаться обратиться заявление заявления подаётся подать решать решает рассматривает протест комиссия"
                        + " работает действует"
                : "apply application applications submit decide decides reviews protest commission works operates";
    }

    /**
     * A question asking how the procedure goes, not only which body acts: "How does an Uzbek family get a relative
     * rehabilitated?", "can the family file something or do we just wait?", "is there some application to file?",
     * "Как в Узбекистане его реабилитировать?", "можно самим подать или надо ждать?".
     */
    private static final Pattern PROCEDURE_ASKED = Pattern.compile("(?iu)(?<!\\p{L})("
            + "how (?:do|does|can|could|would|should|to|is|are|will)(?:\\s+[\\p{L}'-]+){0,6}?\\s+(?:get|be|been|have)"
            + "(?:\\s+[\\p{L}'-]+){0,3}?\\s+rehabilitated"
            + "|how (?:do|does|can|could|should|would|to)(?:\\s+(?:i|we|you|one|they|he|she|a family|the family|families"
            + "|relatives|descendants))?\\s+(?:apply|file|submit|start|begin|request)"
            + "|how (?:does|do|would|will) (?:that|it|this|the process|the procedure|rehabilitation) work"
            + "|(?:can|could|may|should|must|do|does) (?:i|we|you|one|they|the family|a family|families|relatives"
            + "|descendants|heirs|children|grandchildren)(?: (?:themselves|ourselves|myself|also))? (?:file|apply"
            + "|submit|lodge|request|ask for|start)"
            + "|is there (?:some |an? |any )?(?:application|form|procedure)(?: to (?:file|submit|fill in|fill))?"
            + "|just wait"
            + "|как(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:реабилитировать|(?:добиться|получить|оформить)(?:\\s+\\p{L}+)?"
            + "\\s+реабилитаци\\p{L}*|подать|подаётся|подается|происходит реабилитация|проходит реабилитация)"
            + "|(?:можно|могут|может|могу|можем)(?: ли)?(?: (?:сам\\p{L}*|родственник\\p{L}*|потомк\\p{L}*|семь\\p{L}*"
            + "|дети|внуки))? (?:подать|обратиться|написать|ходатайствовать)"
            // "Можно ли добиться его оправдания?", "can we get him cleared?": whether and how it is obtained
            + "|(?:можно|могут|может|могу|можем|сможем)(?: ли)?(?: \\p{L}+)?\\s+(?:добиться|добиваться|получить"
            + "|оформить)(?: \\p{L}+)?\\s+(?:реабилитаци\\p{L}*|оправдани\\p{L}*)"
            + "|(?:can|could|may) (?:i|we|you|one|they|the family) (?:get|have) (?:\\p{L}+ ){1,2}?(?:rehabilitated"
            + "|cleared|exonerated|acquitted)"
            // "как нам добиться, чтобы его оправдали?": the same wish in a clause of its own
            + "|как(?:\\s+[\\p{L}-]+){0,3}?\\s+добиться,?\\s+чтобы(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:оправдали|реабилитировали"
            + "|признали)"
            + "|(?:надо|нужно|или) ждать"
            // "его реабилитировали автоматически или надо подавать?", "do we need to apply or is it automatic?":
            // whether one must apply is how the procedure goes
            + "|(?:надо|нужно|необходимо|следует|придётся|придется)(?: ли)?(?: \\p{L}+)? (?:подавать|подать|обращаться"
            + "|обратиться|писать)"
            + "|(?:do|does|did|will) (?:i|we|you|they|one|he|she|the family) (?:need|have) to (?:apply|file|submit)"
            + ")(?!\\p{L})");

    /**
     * The stems of the words a question asks a procedure in ("application", "file", "подать", "куда писать",
     * "идти"): a passage telling a body doing a step answers them whether or not it uses them.
     */
    public static final java.util.Set<String> PROCEDURE_STEMS = java.util.Set.copyOf(java.util.Arrays.stream((
            "apply applying application applications file filing submit submitting lodge procedure process start"
            + " request wait go write send ask contact turn подать подавать подаётся подается заявление заявления обратиться"
            + " обращаться писать написать идти пойти нести отправлять оформить оформлять ждать ходатайствовать"
            + " процедура порядок добиться добиваться"
            // the verb of "who decides", "who handles it", "кто этим занимается": a body doing a step answers it, in
            // its own verb
            + " decide decides handle handles deal deals решает решать занимается заниматься занимаются")
            .split(" ")).map(Terms::stem).toList());

    /** Up to two words right after a phrase asking a body or the steps, within its clause: the verb's object. */
    private static final Pattern OBJECT_AFTER = Pattern.compile("(?:\\s+[\\p{L}-]+){1,2}");

    /**
     * The stems of the words of procedure ({@link #PROCEDURE_STEMS}) a question asks its procedure or its body
     * with: those inside the phrase that asks it ("is there some <b>application</b> to <b>file</b>?", "куда нам
     * <b>идти</b>?", "куда писать <b>заявление</b>"), not the same words elsewhere ("do I have to go to Bishkek in
     * person" asks how, not where).
     *
     * @param asking a question's asking part ({@link Situation#asking}); null gives none
     * @return the stems; empty when the question asks neither
     */
    public static java.util.Set<String> askedProcedureStems(String asking) {
        if (asking == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Pattern p : new Pattern[] {BODY_ASKED, PROCEDURE_ASKED}) {
            Matcher m = p.matcher(asking);
            while (m.find()) {
                // the verb's object after it: "куда писать <b>заявление</b>", "where do I submit <b>the application</b>"
                Matcher object = OBJECT_AFTER.matcher(asking).region(m.end(), asking.length());
                String phrase = m.group() + (object.lookingAt() ? object.group() : "");
                for (String w : Terms.words(phrase)) {
                    String st = Terms.stem(w);
                    if (PROCEDURE_STEMS.contains(st)) {
                        out.add(st);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a question's asking part asks how the procedure goes ({@link #PROCEDURE_ASKED}): how a relative is
     * rehabilitated, whether the family can file, whether there is an application.
     *
     * @param asking a question's asking part ({@link Situation#asking}); null asks none
     */
    public static boolean asksProcedure(String asking) {
        return asking != null && PROCEDURE_ASKED.matcher(asking).find();
    }

    /** A wish to get a relative rehabilitated: "Мы хотим добиться её реабилитации", "we want to get him rehabilitated". */
    private static final Pattern REHABILITATION_WANTED = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:хотим|хочу|хотели бы"
            + "|хотела бы|хотел бы|пытаемся|пытаюсь) (?:добиться|получить|оформить)(?:\\s+\\p{L}+)?\\s+реабилитаци\\p{L}*"
            + "|(?:want|would like|are trying|am trying) to (?:get|have|see) (?:him|her|them|my \\p{L}+|our \\p{L}+)"
            + " rehabilitated)(?!\\p{L})");

    /**
     * Whether a question's story says the family wants a relative rehabilitated ("Мы хотим добиться её реабилитации в
     * Узбекистане, … куда писать?"): told beside a question on which body to turn to, it asks the steps, as
     * {@link #asksProcedure} does.
     *
     * @param question the whole question, its story included; null gives false
     */
    public static boolean wantsRehabilitation(String question) {
        return question != null && REHABILITATION_WANTED.matcher(question).find();
    }

    /**
     * Words that say where a body sits ({@link #saysWhereBodySits}), to search beside a passage naming the body.
     *
     * @param language the language searched
     * @return the words, space separated
     */
    public static String hostWords(org.rehablawbot.knowledge.Language language) {
        return language == org.rehablawbot.knowledge.Language.RU
                ? "работает действует при институте министерстве составе" : "works operates under attached auspices";
    }

    /**
     * Whether a question's asking part asks which body acts in a procedure: "who decides?", "where do I apply?",
     * "which office", "кто это решает?", "куда писать?", "куда его подавать?", "к кому обращаться", "в какой суд".
     *
     * @param asking a question's asking part ({@link Situation#asking}); null asks none
     */
    public static boolean asksBody(String asking) {
        return asking != null && BODY_ASKED.matcher(asking).find();
    }

    /**
     * The stems of the bodies a text names ({@link #namesBody}: "комиссия по реабилитации" gives "комисс"), in
     * order; empty when it names none.
     *
     * @param text a sentence or passage; never null
     */
    public static java.util.List<String> bodies(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = BODY.matcher(text);
        while (m.find()) {
            String stem = Terms.stem(m.group(1).toLowerCase(java.util.Locale.ROOT));
            if (!out.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /**
     * Whether a text says where a body sits: under which institution it works ("works under the Institute of
     * History", "действует при Институте истории", "attached to the ministry", "в составе").
     *
     * @param text a sentence; never null
     */
    public static boolean saysWhereBodySits(String text) {
        return HOSTED.matcher(text).find();
    }

    private static final Pattern HOSTED = Pattern.compile("(?iu)(?<![\\p{L}])(?:works? under|operates under|attached to"
            + "|under the auspices of|(?:работает|действует|создана|создан|образована) при|при (?:институте|министерстве"
            + "|администрации|президенте|правительстве|кабинете|академии)|в составе)(?![\\p{L}])");

    /**
     * Whether a text names an office or body one applies to or that decides ("prosecutor's office", "commission",
     * "органы внутренних дел", "ЦОН", "archive").
     *
     * @param text a sentence or passage; never null
     */
    public static boolean namesBody(String text) {
        return BODY.matcher(text).find();
    }

    /**
     * Whether a text names a body doing a step of a procedure: both a body ({@link #namesBody}) and an act
     * (applying, deciding whether, lodging a protest, hearing cases, "подаётся в", "решать … должна комиссия").
     * "Decisions taken from 1917 to 1953" and "по решениям судов" name no step.
     *
     * @param text a sentence or passage; never null
     */
    public static boolean namesBodyActing(String text) {
        return BODY.matcher(text).find() && ACT.matcher(text).find();
    }

    /**
     * Whether a text tells a step of a procedure as it goes: it names a body acting ({@link #namesBodyActing}) and
     * dates nothing but when its source spoke ({@link ReportDates#withoutSayingDates}). "Step two: the prosecutor's
     * office lodges a protest … (Daryo, 21 December 2022)" tells a step; "In May 2024 the Deputy Prosecutor General
     * lodged protests in 11 cases" tells a case that went through one.
     *
     * @param text a sentence or passage; never null
     */
    public static boolean tellsStep(String text) {
        return namesBodyActing(text) && !Period.statesYear(ReportDates.withoutSayingDates(text));
    }

    /**
     * A yes/no question whether a person may apply: "а внуку можно подать?", "может ли дочь обратиться?", "можно ли
     * мне подать?", "can my grandson apply too?", "may children file?", "is a grandchild allowed to apply?". The
     * person is whoever stands before or after the modal word; "можно ли подать онлайн?" asks it too, and is answered
     * by a sentence on who may apply only when the knowledge has one.
     */
    private static final Pattern APPLICANT_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "(?:можно|может|могут|могу|можем|вправе)(?:\\s+ли)?(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:подать|подавать|обратиться"
            + "|обращаться|написать)"
            + "|(?:can|could|may)\\s+(?:i|we|he|she|they|(?:my|our|his|her|their)\\s+[\\p{L}-]+|[\\p{L}-]+)"
            + "(?:\\s+(?:also|too|themselves|himself|herself|myself))?\\s+(?:apply|file|submit)"
            + "|(?:is|are)\\s+(?:\\p{L}+\\s+){1,3}?(?:allowed|entitled|eligible|able)\\s+to\\s+(?:apply|file|submit))"
            + "(?!\\p{L})");

    /**
     * A sentence telling who may apply: "an application may be filed by the repressed person, by any other person",
     * "a child of a victim can apply too", "заявление вправе подать сам репрессированный, любое другое лицо",
     * "дети жертв … тоже могут обратиться за выплатами".
     */
    private static final Pattern APPLICANT_STATED = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "(?:can|may)\\s+(?:also\\s+)?(?:apply|file)|may be (?:filed|submitted|lodged) by"
            + "|(?:вправе|может|могут)\\s+(?:тоже\\s+|также\\s+)?(?:подать|обратиться)"
            + "|(?:подать|обратиться)\\s+(?:может|могут|вправе))(?!\\p{L})");

    /** A sentence leaving no one out of who may apply: "any other person", "любое другое лицо", "anyone". */
    private static final Pattern ANY_APPLICANT = Pattern.compile("(?iu)(?<!\\p{L})(?:any other person|any person"
            + "|anyone|любое (?:другое )?лицо|любой (?:другой )?человек)(?!\\p{L})");

    /**
     * Whether a question's asking part asks, yes or no, whether a person may apply ({@link #APPLICANT_ASKED}: "а
     * внуку можно подать?", "can my grandson apply too?").
     *
     * @param asking a question's asking part ({@link Situation#asking}); null asks none
     */
    public static boolean asksApplicant(String asking) {
        return asking != null && APPLICANT_ASKED.matcher(asking).find();
    }

    /**
     * Whether a sentence tells who may apply ({@link #APPLICANT_STATED}: "an application may be filed by the repressed
     * person, by any other person", "дети … тоже могут обратиться"). It answers {@link #asksApplicant} as a body
     * acting answers {@link #asksBody}.
     *
     * @param sentence a sentence; never null
     */
    public static boolean statesApplicant(String sentence) {
        return APPLICANT_STATED.matcher(sentence).find();
    }

    /**
     * Whether a sentence telling who may apply ({@link #statesApplicant}) leaves no one out: "… by any other person",
     * "любое другое лицо". Whoever a question names may then apply, as the law gives it.
     *
     * @param sentence a sentence; never null
     */
    public static boolean anyoneMayApply(String sentence) {
        return statesApplicant(sentence) && ANY_APPLICANT.matcher(sentence).find();
    }

    /**
     * A question asking which papers an application needs: "what documents do I need", "which documents are
     * required", "documents needed to apply", "какие документы нужны", "какие справки собрать", "список документов",
     * "пакет документов", "что нужно приложить к заявлению". "What documents does the law name as grounds?" asks
     * something else (no need, submission or collection is asked).
     */
    private static final Pattern DOCUMENTS_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "(?:what|which)\\s+(?:\\p{L}+\\s+)?(?:documents|papers|paperwork|certificates)\\s+(?:\\p{L}+\\s+){0,4}?"
            + "(?:needs?|needed|requir\\p{L}*|submit\\p{L}*|bring|provide|collect|gather|attach|prepare)"
            + "|(?:documents|papers|paperwork)\\s+(?:are\\s+|is\\s+)?(?:needed|required|necessary|to (?:submit|bring|provide))"
            + "|list of (?:the )?(?:documents|papers)"
            + "|как(?:ие|ой|ую)\\s+(?:\\p{L}+\\s+)?(?:документ\\p{L}*|справк\\p{L}*|бумаг\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?"
            + "(?:нуж\\p{L}*|необходим\\p{L}*|требу\\p{L}*|собра\\p{L}*|собир\\p{L}*|подава\\p{L}*|подать|приложи\\p{L}*"
            + "|прилага\\p{L}*|принес\\p{L}*|предостав\\p{L}*|представ\\p{L}*)"
            + "|(?:нуж\\p{L}*|необходим\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:документ\\p{L}*|справк\\p{L}*|бумаг\\p{L}*)"
            + "|(?:список|перечень|пакет)\\s+(?:\\p{L}+\\s+)?документ\\p{L}*"
            + "|что\\s+(?:нужно|надо|необходимо)\\s+(?:\\p{L}+\\s+)?(?:приложить|собрать|принести|предоставить|представить))"
            + "(?!\\p{L})");

    /**
     * A sentence telling which papers an application needs: a paper ("document", "certificate", "copy",
     * "passport", "справка", "копия", "свидетельство", "выписка") and a requirement or submission ("must", "required",
     * "attach", "submit", "приложит", "представить", "необходимо").
     */
    private static final Pattern DOCUMENTS_LISTED = Pattern.compile("(?iu)(?=.*(?<!\\p{L})(?:documents?|certificates?"
            + "|cop(?:y|ies)|passports?|papers|документ\\p{L}*|справк\\p{L}*|копи[яиюей]\\p{L}*|паспорт\\p{L}*"
            + "|свидетельств\\p{L}*|выписк\\p{L}*))(?=.*(?<!\\p{L})(?:must|required?|requires|need(?:s|ed)?|attach\\p{L}*"
            + "|submit\\p{L}*|enclos\\p{L}*|provid\\p{L}*|present\\p{L}*|приложит\\p{L}*|прилага\\p{L}*|приложени\\p{L}*"
            + "|предостав\\p{L}*|представ\\p{L}*|предъяв\\p{L}*|необходим\\p{L}*|нужн\\p{L}*|требу\\p{L}*))");

    /**
     * Whether a question's asking part asks which papers an application needs ("what documents do I need to
     * apply?", "какие документы нужны для справки о реабилитации?") and nothing else: not also which body to apply
     * to ("…и куда?", {@link #asksBody}) nor, in another part, what one is entitled to: its answer is a sentence that lists papers to submit ({@link #listsDocuments}),
     * not where to apply or what the law covers.
     *
     * @param asking a question's asking part ({@link Situation#asking}); null asks none
     */
    public static boolean asksDocumentsOnly(String asking) {
        // "Is he entitled to anything and what documents does he need?", "какие документы нужны и куда?": each
        // other part asks something a sentence on papers does not answer
        return asking != null && DOCUMENTS_ASKED.matcher(asking).find() && !asksBody(asking)
                && Question.partsOf(asking).stream().allMatch(part -> DOCUMENTS_ASKED.matcher(part).find());
    }

    /**
     * Whether a sentence tells papers an application needs: it names a paper and a requirement to submit it
     * ("a child may apply if the supporting documents are attached", "если приложит подтверждающие документы").
     *
     * @param sentence a sentence; never null
     */
    public static boolean listsDocuments(String sentence) {
        return DOCUMENTS_LISTED.matcher(sentence).find();
    }

    /** A question asking which archive holds a file: "which archive", "what archives", "в каком архиве", "какой архив". */
    private static final Pattern ARCHIVE_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:which|what)\\s+archives?"
            + "|(?:в\\s+|из\\s+)?как(?:ой|ом|ие|их|ого|ое)\\s+архив\\p{L}*)(?!\\p{L})");

    /**
     * An archive named: by a capitalised name or an acronym before or after it ("the Presidential Archive", "KGB
     * archives", "archive of the FSB", "архив ФСБ", "Архив Президента"), or by its kind ("Президентский архив", "специализированный
     * архив", "ведомственные архивы"). "Criminal cases kept in the archives" names none.
     */
    private static final Pattern ARCHIVE_NAMED = Pattern.compile("(?u)(?:\\p{Lu}[\\p{L}-]*\\s+(?:[Aa]rchives?|[Аа]рхив\\p{L}*)"
            + "|(?:[Aa]rchives?|[Аа]рхив\\p{L}*)\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}{2,}"
            + "|(?:[Aa]rchives?)\\s+of\\s+(?:the\\s+)?\\p{Lu}"
            + "|[Аа]рхив\\p{L}*\\s+(?:Президент|президент|ФСБ|КНБ|МВД|НКВД|КГБ|СНБ|МГБ)\\p{L}*"
            + "|(?iu:(?:президентск|национальн|государственн|центральн|специализированн|ведомственн|областн|региональн"
            + "|presidential|national|state|central|specialised|specialized|departmental|regional)\\p{L}*\\s+"
            + "(?:\\p{L}+\\s+)?(?:archives?|архив\\p{L}*)))");

    /**
     * Whether a question's asking part asks which archive holds a file ("which archive do I ask?", "в каком архиве
     * искать дело?"): its answer names an archive ({@link #namesArchive}), not the steps of a procedure that reads
     * "the archives".
     *
     * @param asking a question's asking part ({@link Situation#asking}); null asks none
     */
    public static boolean asksArchive(String asking) {
        return asking != null && ARCHIVE_ASKED.matcher(asking).find();
    }

    /**
     * Whether a text names an archive by its name or kind ("the Presidential Archive", "архив ФСБ", "ведомственные
     * архивы"); "the archives" alone names none.
     *
     * @param text a sentence; never null
     */
    public static boolean namesArchive(String text) {
        return ARCHIVE_NAMED.matcher(text).find();
    }
}
