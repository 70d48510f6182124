package org.rehablawbot.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands follow-up questions. An elliptical or short question ("and in Kazakhstan?", "а в Казахстане?",
 * "what about its adoption?") is completed from the previous question of the conversation: when both name a
 * country, the previous question is asked again with the new country in place of the old one; a new question
 * about the same subject ("How much would it cost?") carries over only the previous question's subject (its
 * countries and the law, commission or court it names); a bare question word ("And when?") is searched
 * together with the whole previous question, the new question first (its question word decides what is asked).
 */
public final class FollowUp {

    /** One country a question may name, with the word forms questions use. */
    private record Country(String code, String enNoun, String enAdjective, String ruNounStem, String ruAdjectiveStem,
                           Pattern enNounPattern, Pattern enAdjectivePattern, Pattern ruNounPattern,
                           Pattern ruAdjectivePattern) {

        /** Every pattern that names the country: its nouns and adjectives in both languages. */
        List<Pattern> patterns() {
            return List.of(enNounPattern, enAdjectivePattern, ruNounPattern, ruAdjectivePattern);
        }
    }

    /** Where a text names a country: {start, end, index in {@link #COUNTRIES}} for each mention, by start. */
    private static List<int[]> countryMentions(String text) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            for (Pattern p : COUNTRIES.get(i).patterns()) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(new int[] {m.start(), m.end(), i});
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        return found;
    }

    private static final List<Country> COUNTRIES = List.of(
            country("KZ", "Kazakhstan", "Kazakh", "Казахстан", "казахск",
                    "kazakhstan|qazaqstan|kazakstan", "kazakh|kazak|qazaq", "казахстан", "казахстанск|казахск|казах"),
            country("KG", "Kyrgyzstan", "Kyrgyz", "Кыргызстан", "кыргызск",
                    "kyrgyzstan|kirghizia|kyrgyzia|kirgizia|kirgizstan|kyrgystan", "kyrgyz|kirghiz|kirgiz",
                    "кыргызстан|киргизи|кыргызи", "кыргызстанск|кыргызск|киргизск|кыргыз|киргиз"),
            country("UZ", "Uzbekistan", "Uzbek", "Узбекистан", "узбекск",
                    "uzbekistan|ozbekiston", "uzbek", "узбекистан", "узбекистанск|узбекск|узбек"),
            country("TJ", "Tajikistan", "Tajik", "Таджикистан", "таджикск",
                    "tajikistan|tadjikistan", "tajik|tadjik", "таджикистан", "таджикистанск|таджикск|таджик"),
            country("TM", "Turkmenistan", "Turkmen", "Туркменистан", "туркменск",
                    "turkmenistan", "turkmen", "туркменистан|туркмени", "туркменистанск|туркменск|туркмен"),
            country("RU", "Russia", "Russian", "Росси", "российск",
                    "russia|russian federation", "russian", "росси|рф", "российск|русск"),
            // other countries a question may ask about instead: named by their nouns only, since "Ukrainian",
            // "немцы", "армянская семья" tell the asker's nationality, not the country whose law is asked
            otherCountry("AM", "Armenia", "армянск", "armenia", "армени"),
            otherCountry("AZ", "Azerbaijan", "азербайджанск", "azerbaijan", "азербайджан"),
            otherCountry("GE", "Georgia", "грузинск", "georgia", "грузи(?!н)"),
            otherCountry("UA", "Ukraine", "украинск", "ukraine", "украин(?!ец|цы|цев|цам|ск)"),
            otherCountry("BY", "Belarus", "белорусск", "belarus|byelorussia", "беларус|белорусси"),
            otherCountry("MD", "Moldova", "молдавск", "moldova|moldavia", "молдов|молдави"),
            otherCountry("LT", "Lithuania", "литовск", "lithuania", "литв"),
            otherCountry("LV", "Latvia", "латвийск", "latvia", "латви"),
            otherCountry("EE", "Estonia", "эстонск", "estonia", "эстони"),
            otherCountry("PL", "Poland", "польск", "poland", "польш"),
            otherCountry("DE", "Germany", "немецк", "germany", "германи"),
            otherCountry("MN", "Mongolia", "монгольск", "mongolia", "монголи"));

    /**
     * Regions, cities and camps that stand for their country in a question or passage ("born in a special
     * settlement in the Karaganda region", "в карагандинской обл"): the word's beginning, any ending. Names short
     * enough to be parts of other words (Osh, Ош) are left out.
     */
    private record Place(String code, Pattern pattern) {
    }

    private static final List<Place> PLACES = List.of(
            place("KZ", "almaty|alma-ata|astana|nur-sultan|akmol|aqmol|karaganda|karagandy|qaraghandy|karlag"
                    + "|pavlodar|semey|semipalatinsk|shymkent|chimkent|aktobe|aqtobe|aktyubinsk|kostanay|qostanay"
                    + "|kustanai|kokshetau|kokchetav|taraz|zhambyl|dzhambul|atyrau|oskemen|ust-kamenogorsk"
                    + "|petropavl|kyzylorda|qyzylorda|dolinka|alzhir|алматы|алма-ат|астан|нур-султан|акмол"
                    + "|караганд|карлаг|павлодар|семипалатинск|шымкент|чимкент|актобе|актюбинск"
                    + "|костана|кустана|кокшета|кокчета|тараз|жамбыл|джамбул|атырау|усть-каменогорск|петропавловск"
                    + "|кызылорд|долинк|алжир"
                    // the December 1986 events in Almaty, by their Kazakh name, stand for Kazakhstan as its cities do
                    + "|zheltoqsan|zheltoksan|jeltoqsan|желтоксан|желтоқсан"),
            place("KG", "bishkek|frunze|jalal-abad|jalalabad|naryn|talas|issyk-kul|issyk kul|karakol|batken"
                    + "|ata-beyit|chong-tash|бишкек|фрунзе|джалал-абад|жалал-абад|нарын|талас|иссык-кул|каракол"
                    + "|баткен|ата-бейит|чон-таш"),
            place("UZ", "tashkent|samarkand|samarqand|bukhara|fergana|ferghana|andijan|andizhan|namangan|khiva"
                    + "|karakalpak|nukus|termez|ташкент|самарканд|бухар|ферган|андижан|наманган|хив[аеы]"
                    + "|каракалпак|нукус|термез"),
            place("RU", "moscow|saint petersburg|st\\.? petersburg|petersburg|leningrad|saratov|volga|siberia"
                    + "|novosib|omsk|tomsk|krasnoyarsk|kolyma|magadan|norilsk|vorkuta|solovki|butovo|kommunarka"
                    + "|москв|санкт-петербург|петербург|питер|ленинград|саратов|поволж|сибир|новосиб|омск|томск"
                    + "|красноярск|колым|магадан|норильск|воркут|соловк|бутов|коммунарк"
                    // regions and cities of Russia a family story or a local history group names ("в тверской
                    // области", "from Chelyabinsk"); peoples' names (Chechens, Ingush, Kalmyks) are not places
                    + "|tver|tula(?!\\p{L})|kursk|voronezh|kazan(?!\\p{L})|perm(?!\\p{L}|anent)|yekaterinburg"
                    + "|sverdlovsk|chelyabinsk|komi(?!\\p{L})|arkhangelsk|murmansk|karelia|krasnodar|kuban"
                    + "|stavropol|rostov|samara(?!\\p{L})|kuibyshev|nizhny novgorod|orenburg|bashkortostan"
                    + "|bashkiria|tatarstan|irkutsk|khabarovsk|vladivostok|kemerovo|kuzbass|barnaul|tyumen"
                    + "|chechnya|ingushetia|volgograd|stalingrad|astrakhan|penza|ulyanovsk|vologda|yaroslavl"
                    + "|ryazan|smolensk|bryansk|kaluga|tambov|belgorod|pskov|kaliningrad|sakhalin|kamchatka"
                    + "|тверск|твер(?:ь|и)(?!\\p{L})|тульск|тул[аеуы](?!\\p{L})|курск|воронеж"
                    + "|казан(?:ь|и)(?!\\p{L})|пермск|перм(?:ь|и)(?!\\p{L})|екатеринбург|свердловск|челябинск"
                    + "|коми(?!\\p{L})|архангельск|мурманск|карели|краснодар|кубан|ставропол|ростов|самарск"
                    + "|самар[аеуы](?!\\p{L})|куйбышев|нижегородск|нижн\\p{L}* новгород|оренбург|башкир"
                    + "|татарстан|иркутск|хабаровск|владивосток|кемеров|кузбасс|барнаул|тюмен|чечн|ингушет"
                    + "|волгоград|сталинград|астрахан|пенз|ульяновск|вологд|ярославл|рязан|смоленск|брянск"
                    + "|калуж|калуг|тамбов|белгород|псков|калининград|сахалин|камчат"));

    /** The word that may follow a place's name: "Karaganda <b>region</b>", "карагандинской <b>области</b>". */
    private static final String REGION_WORD = "(?:\\s+(?:region|oblast|province|district|city|town|область|области"
            + "|обл\\.?|район\\p{L}*|город\\p{L}*|края|край|крае))?";

    /** Each place's pattern with the word that may follow it ({@link #REGION_WORD}), compiled once. */
    private static final List<Pattern> PLACES_WITH_REGION = PLACES.stream()
            .map(p -> Pattern.compile(p.pattern().pattern() + REGION_WORD, p.pattern().flags())).toList();

    /**
     * Short names users type for a country ("кз закон", "а в кр?", "узб", "рф", "kz law date?"): whole words only,
     * never part of a site's name ("24.kg", "Informburo.kz").
     */
    private static final List<Place> ABBREVIATIONS = List.of(
            abbreviation("KZ", "кз|рк|kz|kaz"),
            abbreviation("KG", "кр|кырг|кырг?ызст|kg|kgz|kyr"),
            abbreviation("UZ", "уз|узб|руз|uz|uzb"),
            abbreviation("RU", "рф|rf"));

    private static Place abbreviation(String code, String words) {
        return new Place(code, Pattern.compile("(?<![\\p{L}\\p{N}.@/])(?:" + words + ")(?![\\p{L}\\p{N}]|\\.\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static Place place(String code, String stems) {
        return new Place(code, Pattern.compile("(?<![\\p{L}])(?:" + stems + ")\\p{L}*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** An acknowledgement of the previous answer: "ok", "thanks", "got it", "понятно", "спасибо". */
    private static final String ACKNOWLEDGEMENT = "ok(?:ay)?|ок|okey|thanks|thank you|thx|got it|i see|понятно|ясно"
            + "|хорошо|ладно|спасибо|благодарю";

    /** Words that open a follow-up: "and", "what about", "а", "а что насчёт". */
    private static final Pattern CONTINUATION = Pattern.compile(
            // an acknowledgement may come first: "ok and for Kazakhstan as a whole?", "понятно, а в кр?"
            "^\\s*(?:(?:" + ACKNOWLEDGEMENT + ")"
                    + "(?![\\p{L}])[\\s,.!:;-]*)?"
                    + "(?:(?:and|also|but|then|so)\\b|what\\s+about\\b|how\\s+about\\b|what\\s+of\\b|same\\s+for\\b"
                    + "|(?:а|и|но|ну|тогда)(?=[\\s,]|$)|что\\s+насч[её]т|как\\s+насч[её]т|а\\s+что|а\\s+как)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Pronouns that point back at the previous question's subject. */
    private static final Set<String> BACK_REFERENCES = Set.of("it", "its", "this", "that", "these", "those", "they",
            "them", "their", "there", "he", "she", "his", "her", "him", "его", "её", "ее", "их", "он", "она",
            "они", "оно", "этот", "эта", "это", "этого", "этой", "этом", "этим", "эти", "этих", "там", "тот",
            "той", "того", "тем", "ним", "ней", "нему", "нём", "нем", "него", "них");

    private FollowUp() {
    }

    /** A country the knowledge does not cover, matched by its noun alone; its adjective only replaces another's. */
    private static Country otherCountry(String code, String enNoun, String ruAdjectiveStem, String enNouns,
                                        String ruNouns) {
        String none = "(?!)";
        String ruNounStem = Character.toUpperCase(ruNouns.charAt(0)) + ruNouns.split("[|(]")[0].substring(1);
        return country(code, enNoun, enNoun, ruNounStem, ruAdjectiveStem, enNouns, none, ruNouns, none);
    }

    private static Country country(String code, String enNoun, String enAdj, String ruNounStem, String ruAdjStem,
                                   String enNouns, String enAdjs, String ruNouns, String ruAdjs) {
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new Country(code, enNoun, enAdj, ruNounStem, ruAdjStem,
                Pattern.compile("\\b(" + enNouns + ")('s|’s|s)?\\b", f), // "kazakhstans law" as typed
                Pattern.compile("\\b(" + enAdjs + ")(s)?\\b", f),
                Pattern.compile("(?<![\\p{L}])(" + ruNouns + ")(\\p{L}{0,3})(?![\\p{L}])", f),
                Pattern.compile("(?<![\\p{L}])(" + ruAdjs + ")(\\p{L}{0,4})(?![\\p{L}])", f));
    }

    /**
     * The codes of the countries a text names, in order of first mention: by their names and adjectives, or by a
     * region, city or camp of theirs.
     */
    public static List<String> countries(String text) {
        return COUNTRY_CACHE.get(text, FollowUp::computeCountries);
    }

    /**
     * The regions, cities and camps a text names, as it writes them ("Алматы", "Karaganda", "москве"), in order of
     * appearance; a country's name is none.
     */
    public static List<String> places(String text) {
        return placeSpans(text).stream().map(f -> text.substring(f[0], f[1])).toList();
    }

    /** Where in a text its places ({@link #places}) stand: start and end offsets, in order of appearance. */
    private static List<int[]> placeSpans(String text) {
        List<int[]> found = new ArrayList<>();
        for (Place place : PLACES) {
            Matcher m = place.pattern().matcher(text);
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        found.sort(java.util.Comparator.comparingInt(a -> a[0]));
        return found;
    }

    /**
     * The places a question asks about ({@link #places}), less those that only say where a named event happened:
     * "the December 1986 events in Almaty", "участники событий 1986 года в Алма-Ате" ask about the events' people,
     * wherever a sentence about them is set, while "the commission in Karaganda oblast" asks about Karaganda.
     *
     * @param text a question or a part of one
     * @return the places asked, as the text writes them, in order; empty when none
     */
    public static List<String> placesAsked(String text) {
        return placeSpans(text).stream()
                .filter(f -> !EVENT_BEFORE_PLACE.matcher(text.substring(Math.max(0, f[0] - EVENT_WINDOW), f[0])).find())
                .map(f -> text.substring(f[0], f[1])).toList();
    }

    /** How many characters before a place {@link #EVENT_BEFORE_PLACE} reads: an event's noun and its year. */
    private static final int EVENT_WINDOW = 60;

    /**
     * An event's noun, then perhaps its year, then "in" or "в" just before a place: "events in", "uprising of 1986
     * in", "событий 1986 года в", "восстания в"; "events live in" says where people are now, so a place asked.
     */
    private static final Pattern EVENT_BEFORE_PLACE = Pattern.compile("(?iu)(?<!\\p{L})(?:events?|uprising|riots?"
            + "|protests?|demonstrations?|massacre|rebellion|событи\\p{L}*|восстани\\p{L}*|беспорядк\\p{L}*"
            + "|протест\\p{L}*|выступлени\\p{L}*|демонстраци\\p{L}*|бунт\\p{L}*)(?:\\s+(?:of|the|\\d{4}|года|году|г\\.|year))*"
            + "\\s+(?:in|at|в|во)\\s+$");

    /**
     * Whether a text names the place ({@link #places} gives it): in any form of the same name, in either script
     * ("Алматы" and "Almaty", "Москве" and "Moscow" are one place; "Almaty" and "Karaganda" are two).
     */
    public static boolean namesPlace(String text, String place) {
        String key = placeKey(place);
        for (String other : places(text)) {
            if (placeKey(other).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** How many first letters, in Latin script, tell two spellings of a place apart. */
    private static final int PLACE_KEY_LETTERS = 3;

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m",
            "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    /**
     * Other names of one place, each read as its current name: "Питер", "Санкт-Петербург" and "Ленинград" are
     * Petersburg; "Alma-Ata" is Almaty; "Frunze" is Bishkek; "Nur-Sultan" and "Akmola" are Astana.
     */
    private static final List<Map.Entry<Pattern, String>> PLACE_ALIASES = List.of(
            Map.entry(Pattern.compile("(?iu)^(питер|санкт-|saint\\s+|st\\.?\\s+|ленинград|leningrad)"), "petersburg"),
            Map.entry(Pattern.compile("(?iu)^(алма-ат|alma-ata)"), "almaty"),
            Map.entry(Pattern.compile("(?iu)^(фрунзе|frunze)"), "bishkek"),
            Map.entry(Pattern.compile("(?iu)^(нур-султан|nur-sultan|акмол|akmol|aqmol)"), "astana"));

    /** A place's name reduced to its first letters in Latin script, the country's code before them. */
    private static String placeKey(String name) {
        for (Map.Entry<Pattern, String> alias : PLACE_ALIASES) {
            if (alias.getKey().matcher(name).lookingAt()) {
                name = alias.getValue();
                break;
            }
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String code = "";
        for (Place p : PLACES) {
            if (p.pattern().matcher(name).lookingAt()) {
                code = p.code();
                break;
            }
        }
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < lower.length() && latin.length() < PLACE_KEY_LETTERS; i++) {
            char ch = lower.charAt(i);
            int at = CYRILLIC.indexOf(ch);
            if (at >= 0) {
                latin.append(LATIN[at]);
            } else if (Character.isLetter(ch)) {
                latin.append(ch == 'q' ? 'k' : ch);
            }
        }
        String letters = latin.length() > PLACE_KEY_LETTERS ? latin.substring(0, PLACE_KEY_LETTERS) : latin.toString();
        return code + ":" + letters;
    }

    /** A word for a law: "law", "legislation", "закон", "законодательство" in any form. */
    private static final Pattern LAW_WORD = Pattern.compile("(?<![\\p{L}])(laws?|legislation|закон\\p{L}*"
            + "|законодательств\\p{L}*)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that compare with a country's law rather than name it: "a rehab law <b>like</b> Kazakhstan('s)". */
    private static final Set<String> COMPARING = Set.of("like", "unlike", "as", "than", "как", "чем", "вроде",
            "наподобие", "подобно", "before", "after", "earlier", "later", "раньше", "позже", "прежде");

    /** What follows a country's possessive whose noun is left unsaid: "or Kyrgyzstan's<b>?</b>", "Russia's<b>,</b> …". */
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:[?!.,;)]|$)");

    /** How many words may stand between a country and its law: "Kazakhstan's 1993 rehabilitation law". */
    private static final int LAW_GAP_WORDS = 3;

    /** A Russian adjective of a country: "казахстанским", "кыргызского". */
    private static final Pattern RU_ADJECTIVE = Pattern.compile("(?iu)\\p{IsCyrillic}+ск\\p{L}*");

    /** Nothing but punctuation, or the end, after a word: the noun it qualifies is left unsaid. */
    private static final Pattern ELLIPSIS_RU = Pattern.compile("\\s*(?:[?!.,;:]|$)");

    /**
     * "or", "and", "или", "и", "либо", "а" and the next word, which may be another country's word: "казахстанский
     * <b>или кыргызский</b>?", "Kazakhstan's <b>or Kyrgyzstan's</b>?".
     */
    private static final Pattern COORDINATED = Pattern.compile("(?iu)\\s*,?\\s*(?:or|and|или|либо|и|а)\\s+"
            + "(?:the\\s+)?(\\p{L}+(?:['’]s)?)");

    /**
     * Whether the noun a country's word qualifies is left unsaid: punctuation or the end follows it, or a
     * coordinated country's word that is itself followed so ("какой закон раньше приняли, казахстанский или
     * кыргызский?" leaves "закон" unsaid after both adjectives).
     *
     * @param query    the question
     * @param end      where the country's word ends in it
     * @param ellipsis what marks the noun unsaid right after a word ({@link #ELLIPSIS}, {@link #ELLIPSIS_RU})
     */
    private static boolean nounLeftUnsaid(String query, int end, Pattern ellipsis) {
        String rest = query.substring(end);
        if (ellipsis.matcher(rest).lookingAt()) {
            return true;
        }
        Matcher next = COORDINATED.matcher(rest);
        return next.lookingAt() && !countries(next.group(1)).isEmpty()
                && nounLeftUnsaid(query, end + next.end(), ellipsis);
    }

    /**
     * The countries a question asks about: those whose law it names ("Does the <b>Kazakh law</b> cover her even
     * though she was repressed in Russia?", "по закону <b>Казахстана</b>", "Kazakhstan's 1993 rehabilitation law",
     * "<b>Russia's</b>?" beside a law named), or, when it names no country's law, every country it names
     * ({@link #countries}). A country named as where something happened is the asker's story; the law named is what the question is about.
     *
     * @param query the question (a follow-up completed)
     * @return country codes, in order of first mention; empty when it names none
     */
    public static List<String> askedCountries(String query) {
        List<String> all = countries(query);
        if (all.size() < 2) {
            return all;
        }
        List<int[]> laws = new ArrayList<>();
        Matcher law = LAW_WORD.matcher(query);
        while (law.find()) {
            laws.add(new int[] {law.start(), law.end()});
        }
        Set<String> out = new LinkedHashSet<>();
        for (Country c : COUNTRIES) {
            for (Pattern p : c.patterns()) {
                Matcher m = p.matcher(query);
                while (m.find()) {
                    if (!laws.isEmpty() && (m.group().endsWith("'s") || m.group().endsWith("’s"))
                            && nounLeftUnsaid(query, m.end(), ELLIPSIS)) {
                        // "Kazakhstan's law or Kyrgyzstan's? and how about Russia's?": the law is left unsaid
                        out.add(c.code);
                    }
                    if (!laws.isEmpty() && RU_ADJECTIVE.matcher(m.group()).matches()
                            && nounLeftUnsaid(query, m.end(), ELLIPSIS_RU)) {
                        // "между законом рф и казахстанским?": a Russian adjective with no noun after it agrees with
                        // the law said before
                        out.add(c.code);
                    }
                    for (int[] l : laws) {
                        String between = l[0] >= m.end() ? query.substring(m.end(), l[0])
                                : m.start() >= l[1] ? query.substring(l[1], m.start()) : null;
                        if (between != null && Terms.words(between).size() <= LAW_GAP_WORDS
                                && !between.matches("(?s).*[.?!;].*")
                                && Terms.words(between).stream().noneMatch(COMPARING::contains)) {
                            out.add(c.code);
                        }
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            return all.stream().filter(out::contains).toList();
        }
        // "родилась в спецпоселении в Акмолинской обл, родители высланные с Поволжья": where a family was deported
        // from is not the country whose law is asked about when another country the knowledge covers is named
        List<String> asked = all.stream().filter(code -> !onlyOrigin(query, code)).toList();
        return asked.stream().anyMatch(FollowUp::covered) ? asked : all;
    }

    /**
     * Whether a follow-up asks its own question of each country the previous question named, by pointing back to
     * them as a group: "each one", "of the three", "both countries", "all of them", "в каждой стране", "в обеих",
     * "из трёх", with no country of its own, after a question naming two or more; "each person", "both parents",
     * "из трёх детей" point at people.
     *
     * @param question the follow-up as asked; null is none
     * @param previous the previous question as completed; null is none
     */
    public static boolean refersToCountries(String question, String previous) {
        return question != null && previous != null && countries(question).isEmpty()
                && countries(previous).size() >= 2 && COUNTRIES_REFERRED.matcher(question).find();
    }

    /** Words pointing back to the countries named before as a group ({@link #refersToCountries}). */
    private static final Pattern COUNTRIES_REFERRED = Pattern.compile("(?iu)(?<!\\p{L})(?:each (?:one|of them"
            + "|country|law)|every country|both (?:countries|laws|of them)|both(?=\\s*(?:[?!.,]|$))|of the (?:two|three"
            + "|four)|(?:all|the) (?:two|three|four)(?=\\s+(?:countries|laws|states)|\\s*(?:[?!.,]|$))|all of them"
            + "|в каждой (?:стране|из них)|кажд\\p{L}* из (?:них|стран|двух|тр[её]х)|в обеих(?: странах)?"
            + "|обе страны|обеих стран|оба закона|всех тр[её]х|все три|в этих странах|этих стран\\p{L}*"
            + "|из (?:двух|тр[её]х|четыр[её]х)(?!\\s+(?:лет|год\\p{L}*|месяц\\p{L}*|дет\\p{L}*|сыновей|дочерей|брать\\p{L}*"
            + "|сест[её]р|человек)))(?!\\p{L})");

    /** A country's name in the script of {@code text}: "Kazakhstan", or "Казахстан", "Россия". */
    private static String nounOf(Country c, String text) {
        if (!text.matches("(?s).*\\p{IsCyrillic}.*")) {
            return c.enNoun();
        }
        return c.code().equals("RU") ? c.ruNounStem() + "я" : c.ruNounStem();
    }

    /** Whether the knowledge covers the country: Central Asia's five and Russia, not those named only as places. */
    private static boolean covered(String code) {
        return List.of("KZ", "KG", "UZ", "TJ", "TM", "RU").contains(code);
    }

    /** "из", "с", "from", "out of" before a place: where someone was deported from. */
    private static final Pattern FROM = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:из|изо|с|со|from|out of)\\s+$");

    /**
     * Whether every mention of the country in the text is a place someone came from ("высланные с Поволжья", "deported
     * from Russia"); "с Россией" (with Russia) is no origin.
     */
    private static boolean onlyOrigin(String text, String code) {
        boolean any = false;
        for (Pattern p : byCode(code).patterns()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                any = true;
                if (!cameFrom(text, m.start()) || m.group().toLowerCase(Locale.ROOT).matches(".*(ей|ом|ем|ой|ами|ями)")) {
                    return false;
                }
            }
        }
        for (Pattern place : PLACES_WITH_REGION) {
            Matcher m = place.matcher(text);
            while (m.find()) {
                if (!countries(m.group()).contains(code)) {
                    continue;
                }
                any = true;
                if (!cameFrom(text, m.start())) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Whether "из", "с", "from" or "out of" stands right before {@code start}: a place someone came from. */
    private static boolean cameFrom(String text, int start) {
        return FROM.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /**
     * The text with every country but {@code code} blanked out (names, adjectives, short names, places), each other
     * word kept where it was: "когда день памяти в казахстане и узбекистане?" for {@code KZ} reads "когда день памяти
     * в казахстане и ?". Used to ask a question that names several countries of each one.
     *
     * @param text a question
     * @param code the country kept, a code such as {@code KZ}
     */
    public static String onlyCountry(String text, String code) {
        String out = text;
        for (Country c : COUNTRIES) {
            if (c.code.equals(code)) {
                continue;
            }
            for (Pattern p : c.patterns()) {
                out = p.matcher(out).replaceAll(" ");
            }
        }
        for (Place p : PLACES) {
            if (!p.code.equals(code)) {
                out = p.pattern.matcher(out).replaceAll(" ");
            }
        }
        for (Place a : ABBREVIATIONS) {
            if (!a.code.equals(code)) {
                out = a.pattern.matcher(out).replaceAll(" ");
            }
        }
        return out.replaceAll("\\s{2,}", " ").strip();
    }

    /** What may stand between two countries of a list: commas, "and", "or", "in", "и", "или", "в". */
    private static final Pattern LIST_GAP = Pattern.compile("(?iu)^[\\s,;/&]*(?:(?:and|or|in|vs\\.?|versus|и|или|а|в"
            + "|во|на)(?![\\p{L}])[\\s,;/&]*)*$");

    /**
     * The countries a text lists: two or more named one after the other with only commas, "and", "or", "in" or
     * their Russian words between them ("in Kazakhstan and in Russia", "Kazakhstan, Kyrgyzstan and Uzbekistan",
     * "казахстан узбекистан россия"), in order; empty when it lists none. Countries named apart ("the Kyrgyz bill
     * … the Socialist Movement of Kazakhstan") are no list.
     */
    public static List<String> listedCountries(String text) {
        List<int[]> found = countryMentions(text);
        Set<String> out = new LinkedHashSet<>();
        for (int k = 1; k < found.size(); k++) {
            int[] a = found.get(k - 1);
            int[] b = found.get(k);
            if (a[2] != b[2] && b[0] >= a[1] && LIST_GAP.matcher(text.substring(a[1], b[0])).matches()) {
                out.add(COUNTRIES.get(a[2]).code);
                out.add(COUNTRIES.get(b[2]).code);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The merged question with the rest of the follow-up's list of countries after the country put in place: "а в
     * казахстане и в россии когда?" after "когда в узбекистане день памяти?" asks "когда в казахстане и в россии день
     * памяти?", a list of two countries each of which is answered. Unchanged when the follow-up lists no countries
     * beginning with {@code target}, or the merged question does not name it.
     */
    private static String withListContinued(String merged, String followUp, Country target) {
        List<int[]> mentions = countryMentions(followUp);
        int targetIndex = COUNTRIES.indexOf(target);
        if (mentions.size() < 2 || mentions.get(0)[2] != targetIndex) {
            return merged;
        }
        int end = mentions.get(0)[1];
        for (int k = 1; k < mentions.size(); k++) {
            int[] b = mentions.get(k);
            if (b[0] < end || b[2] == targetIndex || !LIST_GAP.matcher(followUp.substring(end, b[0])).matches()) {
                break;
            }
            end = b[1];
        }
        String tail = followUp.substring(mentions.get(0)[1], end);
        int[] at = countryMentions(merged).stream().filter(m -> m[2] == targetIndex).findFirst().orElse(null);
        if (tail.isBlank() || at == null) {
            return merged;
        }
        return merged.substring(0, at[1]) + tail + merged.substring(at[1]);
    }

    /** Recent texts' countries: passages and questions are looked at many times per answer. */
    private static final Lru<String, List<String>> COUNTRY_CACHE = new Lru<>(20_000);

    /**
     * A language, not a country: "(MCI; in Russian МРП)", "a Russian-language site", "its Uzbek-language report",
     * "по-русски", "на узбекском языке".
     */
    private static final Pattern LANGUAGE_NAME = Pattern.compile("(?<![\\p{L}])(?:in Russian(?=\\s*[;:,.)»\"'’]"
            + "|\\s*$|\\s+\\p{IsCyrillic})|(?:Russian|Kazakh|Kyrgyz|Kirghiz|Uzbek|Tajik|Turkmen)-language"
            + "|по-(?:русски|казахски|киргизски|кыргызски|узбекски|таджикски|туркменски)"
            + "|на русском(?:\\s+языке)?|на (?:казахском|киргизском|кыргызском|узбекском|таджикском|туркменском)\\s+языке"
            + "|(?:русско|казахо|кыргызо|киргизо|узбеко|таджико|туркмено)язычн\\p{L}*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static List<String> computeCountries(String text) {
        // a language's name is blanked out, keeping every other word where it was
        Matcher lang = LANGUAGE_NAME.matcher(text);
        if (lang.find()) {
            text = lang.replaceAll(mr -> " ".repeat(mr.group().length()));
        }
        Set<String> out = new LinkedHashSet<>();
        List<int[]> found = new ArrayList<>();
        for (int[] mention : countryMentions(text)) {
            found.add(new int[] {mention[0], mention[2]});
        }
        for (Place place : PLACES) {
            Matcher m = place.pattern.matcher(text);
            while (m.find()) {
                found.add(new int[] {m.start(), -1 - PLACES.indexOf(place)});
            }
        }
        for (Place abbreviation : ABBREVIATIONS) {
            Matcher m = abbreviation.pattern.matcher(text);
            while (m.find()) {
                found.add(new int[] {m.start(), COUNTRIES.indexOf(byCode(abbreviation.code))});
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        found.forEach(f -> out.add(f[1] >= 0 ? COUNTRIES.get(f[1]).code : PLACES.get(-1 - f[1]).code));
        return List.copyOf(out);
    }

    /**
     * Whether {@code question} continues {@code previous} rather than standing alone: it opens with "and",
     * "what about", "а", "что насчёт"…, or points back with a pronoun and has few content words, or has no
     * content word besides countries ("Kazakhstan?", "When?").
     */
    public static boolean isFollowUp(String question, String previous) {
        if (previous == null || previous.isBlank() || question == null || question.isBlank()) {
            return false;
        }
        if (asksSource(question)) {
            return true; // "who says so?", "источник?": whose the previous answer is
        }
        if (CONTINUATION.matcher(question).find()) {
            return true;
        }
        List<String> words = Terms.words(question);
        List<String> content = Terms.contentWords(question);
        boolean backReference = false;
        for (int i = 0; i < words.size(); i++) {
            // "were there", "is there": an existential "there" points back at nothing
            boolean existential = words.get(i).equals("there") && i > 0 && BE.contains(words.get(i - 1));
            backReference |= BACK_REFERENCES.contains(words.get(i)) && !existential;
        }
        long nonCountry = content.stream().filter(w -> countries(w).isEmpty()).count();
        if (nonCountry >= 2 && !countries(question).isEmpty()) {
            return false; // names its country and its subject: stands alone
        }
        if (pointsBack(question)) {
            return true; // "а по маме, с которой я начала, куда ей идти?" continues the first question
        }
        if (backReference && content.size() <= 3) {
            return true;
        }
        // "who were they though? I read they were basmachi and legionnaires": a short question pointing back, then
        // the asker's remark
        String asking = Situation.asking(question);
        if (backReference && !asking.equals(question.strip()) && Terms.contentWords(asking).size() <= 3
                && Terms.words(asking).stream().anyMatch(BACK_REFERENCES::contains)) {
            return true;
        }
        if (ProcedureQuestion.asksBody(question) && content.stream().allMatch(w -> !countries(w).isEmpty()
                || QUESTION_WORDS.contains(w) || APPLYING_WORD.matcher(w).matches())) {
            return true; // "where do we send the papers?": applying for nothing named is applying for what was asked
        }
        if (words.size() <= LONE_THING_WORDS && nonCountry >= 1 && countries(question).isEmpty()
                && !countries(previous).isEmpty() && !GREETING.matcher(question).find()) {
            return true; // "amendments?", "and the exclusions?", "поправки?": a thing asked of the previous subject
        }
        // "Kazakhstan?" or "When?": a country alone, or question words alone, continue the conversation; a
        // greeting or anything else without content words does not
        return nonCountry == 0 && (!content.isEmpty() || (!words.isEmpty() && QUESTION_WORDS.containsAll(words)));
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been");

    /**
     * The most words a message may have to ask a lone thing of the previous question's subject ("amendments?", "and
     * the exclusions?", "а поправки?"), when it names no country and the previous question named one.
     */
    static final int LONE_THING_WORDS = 3;

    /** Thanks and greetings, which ask nothing of the previous subject: "thanks!", "спасибо большое", "hello". */
    private static final Pattern GREETING = Pattern.compile("(?iu)^\\W*(?:" + ACKNOWLEDGEMENT + "|thank|hi|hello|hey"
            + "|привет|здравствуйте|добрый день)(?![\\p{L}])");

    /**
     * Whether a question asks only whose the previous answer is: "who says so?", "source?", "where is that from?",
     * "according to whom?", "источник?", "кто так говорит?", "откуда информация?", "по чьим данным?". Such a
     * follow-up is the previous question asked again ({@link #merge}), its answer naming the source of every
     * statement. A question naming what it wants the source of ("source for the 1200 figure?") asks of that.
     *
     * @param question a question as asked; null asks nothing
     */
    public static boolean asksSource(String question) {
        return question != null && SOURCE_ASKED.matcher(question.strip()).matches();
    }

    private static final Pattern SOURCE_ASKED = Pattern.compile("(?:(?:and|so|ok(?:ay)?|а|и|ну|ок|хорошо|понятно)"
            + "[\\s,]+)?(?:"
            + "who (?:says|said|claims|reported|reports|wrote|writes) (?:so|that|this|it)|says who|who says"
            + "|(?:(?:what|which) (?:is|are|was|were) )?(?:the |your |its |their )?sources?(?: (?:pls|please))?"
            + "|(?:what|which) sources?|(?:any |a )?(?:link|links|proof|citation|reference)s?(?: (?:pls|please))?"
            + "|where (?:is|was|does|did) (?:that|this|it) (?:come )?from|where did you (?:get|find|read) (?:that|this|it)"
            + "|where(?:'s| is) (?:that|this) from|according to (?:whom|who|what)|by whose (?:account|data|figures)"
            + "|источник\\p{L}*(?: (?:какой|какие|информации|данных))?|(?:какой|какие|а) источник\\p{L}*|кто (?:это |так )?"
            + "(?:говорит|сказал|сказала|утверждает|пишет|писал|заявил|заявляет|сообщил|сообщает|считает)(?: (?:так|это))?"
            + "|откуда (?:это|эти|информация|инфа|данные|цифр\\p{L}*|сведения|вы это взяли|это известно|такие данные)"
            + "|по чьим (?:данным|словам)|чьи (?:это )?данные|со ссылкой на кого|ссылк\\p{L}*|пруф\\p{L}*)"
            + "[\\s?!.)]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a question points back to the conversation's first question rather than to the one just before:
     * "а по маме, с которой я начала, …", "про выплаты, с чего я начала", "в самом первом ответе про годы …",
     * "going back to my first question", "the thing I started with". The caller completes it from that question
     * ({@link Conversation#previousFor}).
     *
     * @param question a question as asked; null points nowhere
     */
    public static boolean pointsBack(String question) {
        return question != null && POINTS_BACK.matcher(question).find();
    }

    private static final Pattern POINTS_BACK = Pattern.compile("(?<![\\p{L}])(?:"
            + "с (?:чего|которой|которого|кого|чем|того,? с чего) (?:я |мы )?(?:и )?начал(?:а|и)?"
            + "|(?:в|на|из|про|о) (?:самом |самый |самого )?перв(?:ом|ый|ого|ое) (?:ответе|ответ|ответа|вопросе|вопрос"
            + "|вопроса|сообщении|сообщение)"
            + "|(?:вернусь|вернемся|вернёмся|возвращаясь|возвращаюсь|вернуться|возвращусь) (?:снова |опять )?к"
            + "|как (?:я )?спрашивал(?:а|и)? (?:в начале|сначала|вначале|раньше)"
            + "|(?:my|the|your) (?:very )?(?:first|original|earlier) (?:question|answer|message)"
            + "|(?:going|go|coming|come|get|getting) back to|back to (?:my|the|what i) "
            + "|(?:i|we) (?:started|began) with|(?:where|what) (?:i|we) (?:started|began))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The fewest content words (countries, question words and narration aside) with which a follow-up's asking part
     * asks a question of its own when the previous question has no subject to carry over: a thing and what is asked
     * of it, "участникам желтоксана … платят".
     */
    static final int OWN_QUESTION_WORDS = 3;

    /** Words that ask, alone ("When?", "Сколько?"), for something about the previous question's subject. */
    private static final Set<String> QUESTION_WORDS = Set.of("when", "where", "who", "whom", "why", "how", "many",
            "much", "what", "which", "year", "date", "когда", "где", "кто", "почему", "зачем", "как", "сколько",
            "какой", "какая", "какие", "каком", "что", "чем", "год", "дата");

    /**
     * The text to search for {@code question} in a conversation whose previous question was {@code previous}:
     * the question itself when it stands alone, else the completed question.
     */
    public static String merge(String question, String previous) {
        if (!isFollowUp(question, previous)) {
            return question;
        }
        if (asksSource(question)) {
            return previous; // the previous question, answered again with each statement's source named
        }
        if (refersToCountries(question, previous)) {
            // "ok and who qualifies in each one?" after a question on three countries' laws: the question is its own,
            // asked of each country the previous one named
            return COUNTRIES_REFERRED.matcher(question).replaceAll(" ").replaceAll("\\s{2,}", " ")
                    .replaceAll("\\s+(?=[?!.,])", "").strip() + " "
                    + String.join(" ", countries(previous).stream()
                    .map(code -> nounOf(byCode(code), question)).toList());
        }
        // "а по маме, с которой я начала, куда ей идти": the pointer to the first question asks nothing itself
        String current = POINTS_BACK.matcher(CONTINUATION.matcher(question).replaceFirst("")).replaceAll(" ")
                .replaceAll("\\s{2,}", " ").trim();
        // "а если бы их выслали не в казахстан, а в сибирь": the country said with "не" is not the one asked
        List<String> newCountries = countries(NEGATED_PLACE.matcher(current).replaceAll(" "));
        List<String> oldCountries = countries(previous);
        // "а выплаты участникам желтоксана сейчас какие-то есть?" after a Kazakh question names Kazakhstan again,
        // through its event, and asks a thing of its own without pointing back: no country to replace, so it is read
        // as a new question on the same subject below; "and how many of them ended up in Almaty?" points back
        boolean sameCountries = new java.util.HashSet<>(newCountries).equals(new java.util.HashSet<>(oldCountries));
        // a pointer in a remark after the question ("он в алматы живёт") points at the story's person, not back
        boolean ownThing = Terms.words(Situation.asking(current)).stream().noneMatch(BACK_REFERENCES::contains)
                && Terms.contentWords(current).stream().filter(w -> countries(w).isEmpty()
                        && !QUESTION_WORDS.contains(w)).count() >= 2;
        if (!newCountries.isEmpty() && !oldCountries.isEmpty() && !(sameCountries && ownThing)) {
            String replaced = previous;
            Country target = byCode(newCountries.get(0));
            for (String old : oldCountries) {
                if (!newCountries.contains(old)) {
                    replaced = replace(replaced, byCode(old), target);
                }
            }
            if (places(current).isEmpty()) {
                // "and for Kazakhstan as a whole?" after "… in Karaganda region?": the country, not its region
                for (Pattern place : PLACES_WITH_REGION) {
                    replaced = place.matcher(replaced).replaceAll(" ");
                }
                replaced = replaced.replaceAll("\\s{2,}", " ");
                if (!countries(replaced).contains(target.code())) {
                    // the previous question named its country only by the place: the follow-up's own word for it
                    String own = Terms.words(current).stream().filter(w -> !countries(w).isEmpty()).findFirst()
                            .orElse(target.enNoun());
                    replaced = own + " " + replaced;
                }
            }
            replaced = withListContinued(replaced, current, target);
            List<String> extra = new ArrayList<>();
            for (String w : Terms.contentWords(current)) {
                // a place or an event of the country ("желтоксана", "karlag") is a thing asked, not only its country
                if ((countries(w).isEmpty() || !places(w).isEmpty()) && !Terms.contentWords(replaced).contains(w)) {
                    extra.add(w);
                }
            }
            return extra.isEmpty() ? replaced : String.join(" ", extra) + " " + replaced;
        }
        if (current.isEmpty()) {
            return previous;
        }
        String otherYear = withYearAsked(current, previous);
        if (otherYear != null) {
            return otherYear;
        }
        String otherDate = withDateAsked(current, previous);
        if (otherDate != null) {
            return otherDate;
        }
        // "and in tenge in 2020?", "а в рублях?": another year or unit of the same thing asks nothing new
        boolean asksNewThing = Terms.contentWords(current).stream()
                .anyMatch(w -> countries(w).isEmpty() && !QUESTION_WORDS.contains(w) && !Terms.hasDigit(w)
                        && !UNITS.matcher(w).matches() && !EXTENT.matcher(w).matches());
        // "а куда подавать?", "and who decides?": a body asked with no thing of its own besides its verb, so what
        // one applies for is the previous question's payment
        boolean onlyApplying = ProcedureQuestion.asksBody(current) && Terms.contentWords(current).stream()
                .filter(w -> countries(w).isEmpty() && !QUESTION_WORDS.contains(w)
                        && !APPLYING_WORD.matcher(w).matches()).count() <= 1;
        String subject = subject(previous, onlyApplying);
        if (OTHER_CONDITION.matcher(current).lookingAt() && Intent.of(current) == Intent.OTHER
                && negatesWordOf(current, previous)) {
            // "and if she had never been rehabilitated?" after "Can I read her file?": the previous question, asked
            // again of another case; its story told the case the follow-up changes
            return current + " " + Situation.asking(previous);
        }
        if (asksNewThing && subject.isEmpty() && !SAME_PREDICATE.matcher(current).find()
                && Terms.words(Situation.asking(current)).stream().noneMatch(BACK_REFERENCES::contains)
                && Terms.contentWords(Situation.asking(current)).stream().filter(w -> countries(w).isEmpty()
                        && !QUESTION_WORDS.contains(w) && !Situation.isNarration(w)).count() >= OWN_QUESTION_WORDS) {
            // "а участникам желтоксана сейчас что-то платят?" after "а если по делу было нападение на милиционера?":
            // the previous question has no subject to carry over, and this one names its own thing and what is
            // asked of it; the previous question's words would only outweigh its own
            return current;
        }
        if (!asksNewThing || subject.isEmpty() || SAME_PREDICATE.matcher(current).find()) {
            // "And when?": only a question word, so the previous question says what is asked about; "а детям
            // тоже дают?": the previous question's thing, asked for someone else
            return current + " " + previous;
        }
        // a new question about the same subject ("How much would it cost?"): only the subject carries over,
        // so the new question's own words and question word choose the passages and the sentences
        return current + " " + inScriptOf(subject, current);
    }

    /**
     * The previous question asked as of the month a follow-up names, when the follow-up names a month and a year and
     * asks nothing more ("а в августе 2023?", "and as of August 2023?" after "сколько всего реабилитировали в
     * узбекистане по состоянию на май 2024"): the previous question's month and year (or year) are replaced by the
     * follow-up's; a previous question naming no date gets the follow-up's after it. Null when this does not apply.
     */
    static String withDateAsked(String current, String previous) {
        Matcher now = MONTH_YEAR.matcher(current);
        if (!now.find()) {
            return null;
        }
        String rest = current.substring(0, now.start()) + " " + current.substring(now.end());
        boolean asksMore = Terms.contentWords(rest).stream().anyMatch(w -> !QUESTION_WORDS.contains(w)
                && !YEAR_WORD.matcher(w).matches() && !AS_OF.matcher(w).matches());
        if (asksMore) {
            return null;
        }
        Matcher before = DATE_NAMED.matcher(previous);
        int start = -1;
        int end = -1;
        while (before.find()) {
            start = before.start();
            end = before.end();
        }
        String date = now.group();
        return start < 0 ? previous + " " + date
                : previous.substring(0, start) + date + previous.substring(end);
    }

    /** A month and its year: "августе 2023", "August 2023", "мая 2024 года". */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + DayOfYear.MONTH_NAMES
            + ")\\s+(?:of\\s+)?(?:1[89]|20)\\d\\d(?![\\p{N}])");

    /** A date a question is asked as of: a month and year, or a year alone ("на май 2024", "in 2023"). */
    private static final Pattern DATE_NAMED = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?:" + DayOfYear.MONTH_NAMES
            + ")\\s+(?:of\\s+)?)?(?:1[89]|20)\\d\\d(?![\\p{N}])");

    /** Words that ask as of a date and nothing more: "as of", "по состоянию на", "на", "к". */
    private static final Pattern AS_OF = Pattern.compile("(?iu)as|of|состоянию|состояние|на|к|by|end|конец|конц\\p{L}*");

    /**
     * The previous question asked of the year a follow-up names instead of its own, when the follow-up asks nothing
     * more ("and in 2023?", "а в 2023 году?" after "How much is the compensation in 2024, in tenge?" asks "How much is
     * the compensation in 2023, in tenge?"): both ask of one year ({@link Period#asked}), and the previous
     * question's year is replaced where it is written. Null when this does not apply, as when the follow-up says
     * more than its year ("and in rubles in 2023?").
     */
    static String withYearAsked(String current, String previous) {
        Period now = Period.asked(current);
        Period before = Period.asked(previous);
        if (now == null || before == null || now.from() != now.to() || before.from() != before.to()
                || now.from() == before.from()) {
            return null;
        }
        boolean asksMore = Terms.contentWords(current).stream().anyMatch(w -> !Terms.hasDigit(w)
                && !QUESTION_WORDS.contains(w) && !YEAR_WORD.matcher(w).matches());
        if (asksMore) {
            return null;
        }
        String replaced = Pattern.compile("(?<![\\p{N}])" + before.from() + "(?![\\p{N}])").matcher(previous)
                .replaceAll(String.valueOf(now.from()));
        return replaced.equals(previous) ? null : replaced;
    }

    /** "год", "году", "year": the word a year is given with, no thing of its own. */
    private static final Pattern YEAR_WORD = Pattern.compile("(?iu)year|years|год|году|года|г");

    /**
     * A subject carried over into a follow-up asked in the other script: "she died in 1990, who can file the
     * application for her?" after a Russian question on "российскому закону" carries "Russia law", so the
     * follow-up's own language's passages answer it. A country is written by its noun, a law, bill, commission or
     * court by its English or Russian word; any other word of the other script is left out.
     */
    private static String inScriptOf(String subject, String current) {
        boolean cyrillic = current.matches("(?s).*\\p{IsCyrillic}.*");
        boolean latin = current.matches("(?s).*\\p{IsLatin}.*");
        if (cyrillic == latin) {
            return subject;
        }
        List<String> out = new ArrayList<>();
        for (String w : subject.split("\\s+")) {
            boolean wordCyrillic = w.matches("(?s).*\\p{IsCyrillic}.*");
            if (w.isEmpty() || wordCyrillic == cyrillic) {
                out.add(w);
                continue;
            }
            List<String> named = countries(w);
            if (!named.isEmpty() && COUNTRIES.stream().anyMatch(c -> c.code().equals(named.get(0)))) {
                Country c = byCode(named.get(0));
                out.add(nounOf(c, cyrillic));
            } else {
                for (String[] pair : SUBJECT_PAIRS) {
                    if (w.toLowerCase(Locale.ROOT).matches(pair[cyrillic ? 0 : 1])) {
                        out.add(pair[cyrillic ? 1 : 0].replaceAll("[^\\p{L}].*", ""));
                        break;
                    }
                }
            }
        }
        return String.join(" ", out).strip();
    }

    /**
     * The subject words of {@link #SUBJECT_WORD} in both scripts, each a pattern whose first word is the word written:
     * English then Russian.
     */
    private static final String[][] SUBJECT_PAIRS = {
            {"bills?", "законопроект\\p{L}{0,2}"},
            {"laws?|acts?", "закон\\p{L}{0,2}"},
            {"commissions?", "комисси\\p{L}{0,2}"},
            {"courts?", "суд(?:а|у|ом|е)?"},
            {"memorials?", "мемориал\\p{L}{0,2}"}};

    /** A place or country said with a negation: "не в Казахстан", "not in Kazakhstan", "instead of Russia". */
    private static final Pattern NEGATED_PLACE = Pattern.compile("(?<![\\p{L}])(?:не|not|instead of|вместо|rather than)"
            + "\\s+(?:(?:в|во|на|из|in|to|into|from)\\s+)?\\p{L}[\\p{L}'’-]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A unit an amount is given in: a currency, the monthly calculation index, a year as a span. */
    private static final Pattern UNITS = Pattern.compile("(?iu)(tenge|тенге|rubles?|roubles?|рубл\\p{L}*|som|сом"
            + "|сомах|сомов|dollars?|доллар\\p{L}*|usd|mrp|mci|мрп|years?|год|году|года|годах)");

    /**
     * Words that ask another extent, recency or precision of the thing asked before, not a new thing: "and whats the
     * max in tenge, newest number u have?", "а какая максимальная сумма сейчас, самая свежая цифра?".
     */
    private static final Pattern EXTENT = Pattern.compile("(?iu)whats|what's|max|maximum|min|minimum|highest|lowest"
            + "|biggest|largest|smallest|newest|latest|recent|current|currently|now|today|exact|exactly|number|figure"
            + "|amount|sum|cap|limit|most|least|ceiling|максимальн\\p{L}*|минимальн\\p{L}*|наибольш\\p{L}*"
            + "|наименьш\\p{L}*|самая|самый|самое|самую|последн\\p{L}*|нов\\p{L}{0,4}|свеж\\p{L}*|актуальн\\p{L}*"
            + "|сейчас|сегодня|нынешн\\p{L}*|текущ\\p{L}*|точн\\p{L}*|цифр\\p{L}*|сумм\\p{L}*|число|размер\\p{L}*"
            + "|потолок|предел\\p{L}*|макс");

    /** "Too", "тоже": the previous question's thing is asked again, of someone or something else. */
    /**
     * Whether a follow-up says "not" of a word the previous question says ("and if she had *never been
     * rehabilitated*?" after "… later rehabilitated. Can I read her file?"): it changes that question's case.
     */
    private static boolean negatesWordOf(String current, String previous) {
        Set<String> before = Terms.stems(previous);
        return Terms.stems(current).stream().anyMatch(st -> st.startsWith(Terms.NEGATED)
                && before.contains(st.substring(Terms.NEGATED.length())));
    }

    /**
     * A follow-up that opens on a condition and asks nothing of its own: "and if she had never been rehabilitated?",
     * "а если его не реабилитировали?". With a word of the previous question said "not" ({@link #negatesWordOf}),
     * it asks that question again of the other case.
     */
    private static final Pattern OTHER_CONDITION = Pattern.compile("(?iu)^\\s*(?:(?:and|but|so|а|и|но|ну)\\s+)?"
            + "(?:what\\s+)?(?:if|если|а вдруг|вдруг)(?![\\p{L}])");

    private static final Pattern SAME_PREDICATE = Pattern.compile("(?<![\\p{L}])(too|also|as well|either|тоже"
            + "|также|так же)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that name what a question is about, besides its country: the law, the commission, the court. */
    private static final Pattern SUBJECT_WORD = Pattern.compile(
            "laws?|bills?|acts?|commissions?|courts?|memorials?|working|group|закон\\p{L}{0,2}"
                    + "|законопроект\\p{L}{0,2}|комисси\\p{L}{0,2}|суд(?:а|у|ом|е)?|мемориал\\p{L}{0,2}"
                    + "|рабоч\\p{L}{0,3}|групп\\p{L}{0,2}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The subject of a question, as its own words in their order: the countries it names and the law,
     * commission or court its asking part is about ("кыргызскому закону"); empty when it names neither. A region or
     * city counts only where the question asks about it, not in the story told before.
     */
    static String subject(String question) {
        return subject(question, false);
    }

    /** A word that tells which of a country's laws is meant, before its noun: "новый закон", "the new law", "1994 law". */
    private static final Pattern LAW_QUALIFIER = Pattern.compile("new|newest|latest|old|нов(?:ый|ого|ому|ом|ым)"
            + "|стар(?:ый|ого|ому|ом|ым)|(?:19|20)\\d\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A word of handing in an application, which names no thing applied for: "а куда <b>заявление нести</b>?",
     * "where do I <b>send the papers</b>?". A follow-up of only such words asks where to apply for the previous
     * question's payment.
     */
    private static final Pattern APPLYING_WORD = Pattern.compile("заявлени\\p{L}*|заявк\\p{L}*|нест\\p{L}*"
            + "|нес[уёе]\\p{L}*|пода\\p{L}*|документ\\p{L}*|бумаг\\p{L}*|справк\\p{L}*|отправ\\p{L}*|отнест\\p{L}*"
            + "|обрат\\p{L}*|обраща\\p{L}*|apply|applying|applications?|submit\\p{L}*|send|sending|file|filing"
            + "|documents?|papers?|forms?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The payment a question asks about, by its noun or its verb: "положена ли ей какая-то выплата?" or "а сколько
     * платят?" then "а куда подавать?" asks where one applies for that payment.
     */
    private static final Pattern PAYMENT_WORD = Pattern.compile("compensations?|payments?|allowances?"
            + "|компенсаци\\p{L}{0,2}|выплат\\p{L}{0,2}|пособи\\p{L}{0,2}|спецпособи\\p{L}{0,2}"
            // "а сколько платят?" then "а куда подавать?": the payment said by its verb
            + "|платят|выплачивают|заплатят|pay|paid",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * {@link #subject(String)}, with the payment its asking part names when {@code withPayment}: a follow-up that
     * asks only where to apply or who decides ("а куда подавать?") asks of the previous question's payment.
     */
    static String subject(String question, boolean withPayment) {
        List<String> out = new ArrayList<>();
        String asking = Situation.asking(question);
        // a country of the story ("she is a Kazakh citizen") is not the one asked of when the asking part names one
        List<String> askedCountries = countries(asking);
        String previousWord = null;
        for (String w : question.split("[^\\p{L}\\p{N}'’-]+")) {
            String bare = w.replaceAll("('s|’s)$", "");
            if (bare.isEmpty() || !places(bare).isEmpty() && !namesPlace(asking, bare)) {
                continue; // a city of the asker's story ("она живёт в Шымкенте") is not what was asked about
            }
            List<String> named = countries(bare);
            boolean country = !named.isEmpty() && (askedCountries.isEmpty() || askedCountries.containsAll(named));
            // the law, commission or court asked about, not one of the story ("мобилизовали в рабочую колонну без
            // всякого суда")
            boolean asked = (SUBJECT_WORD.matcher(bare).matches() || withPayment && PAYMENT_WORD.matcher(bare).matches())
                    && Terms.words(asking).contains(bare.toLowerCase(Locale.ROOT));
            if ((country || asked) && !out.contains(bare)) {
                if (asked && previousWord != null && LAW_QUALIFIER.matcher(previousWord).matches()
                        && !out.contains(previousWord)) {
                    out.add(previousWord); // "а новый закон когда приняли?" then "а номер у него?": the new one
                }
                out.add(bare);
            }
            previousWord = bare.isEmpty() ? previousWord : bare;
        }
        boolean cyrillic = question.matches("(?s).*\\p{IsCyrillic}.*");
        if (withPayment && Question.asksEntitlement(asking) && out.stream().noneMatch(w -> PAYMENT_WORD.matcher(w)
                .matches())) {
            // "Положено ли маме что-то и сколько денег?" then "а куда подавать?": what one is entitled to is paid
            out.add(cyrillic ? "выплата" : "payment");
        }
        List<String> named = countries(question);
        if (named.isEmpty()) {
            // "when did Japarov sign the law?" then "what exactly did it change?": the president named the country
            named = leadersCountries(asking);
        }
        if (!named.isEmpty() && out.stream().allMatch(w -> countries(w).isEmpty())) {
            // "прадеда в нарыне раскулачили … по новому закону это считается?": named by its places alone, the
            // country is still what was asked of
            String code = askedCountries.isEmpty() ? named.get(0) : askedCountries.get(0);
            if (COUNTRIES.stream().anyMatch(c -> c.code().equals(code))) {
                Country c = byCode(code);
                out.add(0, nounOf(c, cyrillic));
            }
        }
        return named.isEmpty() && out.isEmpty() ? "" : String.join(" ", out);
    }

    /**
     * The countries whose heads of state or officials a text names ("Japarov", "Токаев", "Mirziyoyev", "Yeltsin"),
     * by the country codes of {@link #countries}, in order, once each: a question on what such a person did asks
     * of that person's country, and a follow-up of it does too. The names are those the knowledge folder's
     * documents give for the countries' presidents and the officials who speak for their rehabilitation work.
     *
     * @param text a question or its asking part; never null
     * @return the codes; empty when it names none of them
     */
    public static List<String> leadersCountries(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Terms.words(text)) {
            for (Map.Entry<String, Pattern> e : LEADERS.entrySet()) {
                if (e.getValue().matcher(w).matches() && !out.contains(e.getKey())) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    private static final Map<String, Pattern> LEADERS = Map.of(
            "KG", Pattern.compile("(?iu)japarov\\p{L}*|zhaparov\\p{L}*|жапаров\\p{L}*|akayev\\p{L}*|akaev\\p{L}*"
                    + "|акаев\\p{L}*|jeenbekov\\p{L}*|жээнбеков\\p{L}*"),
            "KZ", Pattern.compile("(?iu)tokayev\\p{L}*|tokaev\\p{L}*|токаев\\p{L}*|nazarbayev\\p{L}*|назарбаев\\p{L}*"
                    + "|tugzhanov\\p{L}*|tugjanov\\p{L}*|тугжанов\\p{L}*"),
            "UZ", Pattern.compile("(?iu)mirziyoyev\\p{L}*|mirziyoev\\p{L}*|мирзи[её]ев\\p{L}*|мирзияев\\p{L}*"
                    + "|karimov\\p{L}*|каримов\\p{L}*"),
            "RU", Pattern.compile("(?iu)yeltsin\\p{L}*|ельцин\\p{L}*|putin\\p{L}*|путин\\p{L}*"));

    /** A country's noun as a question writes it: "Россия", "Киргизия" from their stems, or "Russia". */
    private static String nounOf(Country c, boolean cyrillic) {
        return cyrillic ? c.ruNounStem() + (c.ruNounStem().endsWith("и") ? "я" : "") : c.enNoun();
    }

    private static Country byCode(String code) {
        return COUNTRIES.stream().filter(c -> c.code.equals(code)).findFirst().orElseThrow();
    }

    /** Replaces every mention of one country by the other, keeping the grammatical form as far as possible. */
    private static String replace(String text, Country from, Country to) {
        String source = text;
        for (Place a : ABBREVIATIONS) {
            if (a.code.equals(from.code)) {
                // "кз компенсация" asked again of Kyrgyzstan: the short name becomes the other country's name
                source = a.pattern.matcher(source).replaceAll(m -> Matcher.quoteReplacement(
                        m.group().matches("(?s).*\\p{IsCyrillic}.*") ? to.ruNounStem : to.enNoun));
            }
        }
        String out = replaceAll(source, from.enNounPattern, m -> to.enNoun + (m.group(2) == null ? ""
                : m.group(2).equals("s") ? "'s" : m.group(2)));
        out = replaceAll(out, from.enAdjectivePattern, m -> to.enAdjective + (m.group(2) == null ? "" : m.group(2)));
        out = replaceAll(out, from.ruNounPattern, m -> capitalise(to.ruNounStem + ruNounEnding(m.group(1), to, m.group(2)),
                Character.isUpperCase(m.group(1).charAt(0))));
        out = replaceAll(out, from.ruAdjectivePattern, m -> {
            String ending = m.group(2);
            String stem = m.group(1).toLowerCase(Locale.ROOT);
            String newStem = stem.endsWith("ск") ? to.ruAdjectiveStem
                    : to.ruAdjectiveStem.substring(0, to.ruAdjectiveStem.length() - 2);
            return capitalise(newStem + ending, Character.isUpperCase(m.group(1).charAt(0)));
        });
        return out;
    }

    /** Moves a case ending between the "-стан" declension and the "-ия" one (Россия, Киргизия). */
    private static String ruNounEnding(String fromStem, Country to, String ending) {
        boolean fromIya = fromStem.toLowerCase(Locale.ROOT).endsWith("и");
        boolean toIya = to.ruNounStem.endsWith("и");
        String e = ending.toLowerCase(Locale.ROOT);
        if (fromIya == toIya) {
            return e;
        }
        if (toIya) {
            return switch (e) {
                case "а", "е" -> "и";
                case "у" -> "ю";
                case "ом" -> "ей";
                default -> "я";
            };
        }
        return switch (e) {
            case "и" -> "а";
            case "ю" -> "у";
            case "ей" -> "ом";
            default -> "";
        };
    }

    private static String capitalise(String s, boolean upper) {
        if (s.isEmpty()) {
            return s;
        }
        String first = s.substring(0, 1);
        return (upper ? first.toUpperCase(Locale.ROOT) : first.toLowerCase(Locale.ROOT)) + s.substring(1);
    }

    private static String replaceAll(String text, Pattern p, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
