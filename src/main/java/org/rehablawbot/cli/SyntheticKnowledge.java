package org.rehablawbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a knowledge folder of synthetic but valid documents for load tests: English and Russian twins
 * sharing an id, several paragraphs each with a varied vocabulary (domain words, generated names and words,
 * dates, figures), and facts whose keys recur across documents with different values, so disagreements occur.
 * Deterministic for a given seed.
 */
public final class SyntheticKnowledge {

    private static final String[] EN_DOMAIN = {"rehabilitation", "commission", "law", "victims", "repression",
        "decree", "archive", "parliament", "court", "deputies", "bill", "memorial", "resolution", "amendment",
        "prosecutor", "museum", "documents", "volumes", "families", "exile", "settlers", "camp", "trial",
        "verdict", "remembrance", "ministry", "historians", "records", "budget", "hearing", "reading", "vote"};
    private static final String[] RU_DOMAIN = {"реабилитация", "комиссия", "закон", "жертвы", "репрессии", "указ",
        "архив", "парламент", "суд", "депутаты", "законопроект", "мемориал", "постановление", "поправка",
        "прокурор", "музей", "документы", "тома", "семьи", "ссылка", "поселенцы", "лагерь", "процесс", "приговор",
        "память", "министерство", "историки", "записи", "бюджет", "слушания", "чтение", "голосование"};
    private static final String[] EN_SYLLABLES = {"ka", "ri", "to", "men", "vor", "sal", "dun", "pe", "lo", "tar",
        "gim", "bek", "zu", "ran", "ol", "ish", "tev", "mar", "nu", "sen", "kol", "bay", "dir", "ult"};
    private static final String[] RU_SYLLABLES = {"ка", "ри", "то", "мен", "вор", "сал", "дун", "пе", "ло", "тар",
        "гим", "бек", "зу", "ран", "ол", "иш", "тев", "мар", "ну", "сен", "кол", "бай", "дир", "ульт"};
    private static final String[] COUNTRIES = {"KZ", "KG", "UZ", "RU"};
    private static final String[] KINDS = {"news", "news", "news", "law", "decree", "official", "research",
        "statement", "commentary", "reference"};

    private SyntheticKnowledge() {
    }

    /**
     * Writes {@code documents} files (half English, half Russian, in twins; one English file more when odd) into
     * {@code folder}, which is created if needed.
     *
     * @return the questions a user might ask about them, in both languages
     */
    public static List<String> generate(Path folder, int documents, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        List<String> questions = new ArrayList<>();
        int ids = (documents + 1) / 2;
        int keys = Math.max(1, ids / 8);
        for (int i = 0; i < ids; i++) {
            Doc d = new Doc(random, i, keys);
            Path dir = folder.resolve(d.country.toLowerCase(Locale.ROOT));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(d.id + ".en.md"), d.english(), StandardCharsets.UTF_8);
            if (2 * i + 1 < documents) {
                Files.writeString(dir.resolve(d.id + ".ru.md"), d.russian(), StandardCharsets.UTF_8);
            }
            if (i % Math.max(1, ids / 40) == 0) {
                questions.add("When did " + d.enName + " " + d.enWords[0] + " the " + d.enWords[1] + " "
                        + EN_DOMAIN[d.topic] + "?");
                questions.add("How many " + EN_DOMAIN[(d.topic + 5) % EN_DOMAIN.length] + " did the " + d.enWords[2]
                        + " " + EN_DOMAIN[d.topic] + " count?");
                questions.add("Когда " + d.ruName + " " + d.ruWords[0] + " " + RU_DOMAIN[d.topic] + "?");
            }
        }
        return questions;
    }

    private static String word(Random r, String[] syllables) {
        int n = 2 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(syllables[r.nextInt(syllables.length)]);
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** One synthetic document in both languages. */
    private static final class Doc {
        final String id;
        final String country;
        final String kind;
        final int topic;
        final String enName;
        final String ruName;
        final String[] enWords = new String[8];
        final String[] ruWords = new String[8];
        final int year;
        final int month;
        final int day;
        final int count;
        final String factKey;
        final int factYear;
        final Random r;

        Doc(Random r, int i, int keys) {
            this.r = r;
            id = String.format(Locale.ROOT, "synthetic-%06d", i);
            country = COUNTRIES[r.nextInt(COUNTRIES.length)];
            kind = KINDS[r.nextInt(KINDS.length)];
            topic = r.nextInt(EN_DOMAIN.length);
            enName = capital(word(r, EN_SYLLABLES)) + " " + capital(word(r, EN_SYLLABLES)) + "ov";
            ruName = capital(word(r, RU_SYLLABLES)) + " " + capital(word(r, RU_SYLLABLES)) + "ов";
            for (int k = 0; k < enWords.length; k++) {
                enWords[k] = word(r, EN_SYLLABLES);
                ruWords[k] = word(r, RU_SYLLABLES);
            }
            year = 1990 + r.nextInt(36);
            month = 1 + r.nextInt(12);
            day = 1 + r.nextInt(28);
            count = 10 + r.nextInt(400_000);
            factKey = "synthetic-" + (i % keys) + ".adopted";
            factYear = 2000 + r.nextInt(3);
        }

        String date() {
            return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        }

        String english() {
            String domain = EN_DOMAIN[topic];
            String other = EN_DOMAIN[(topic + 5) % EN_DOMAIN.length];
            StringBuilder sb = new StringBuilder();
            sb.append("---\n");
            sb.append("id: ").append(id).append('\n');
            sb.append("title: ").append(capital(enWords[1])).append(' ').append(domain).append(" and the ")
                    .append(enWords[3]).append(" ").append(other).append('\n');
            sb.append("kind: ").append(kind).append('\n');
            sb.append("publisher: ").append(capital(enWords[4])).append(" Press\n");
            sb.append("date: ").append(date()).append('\n');
            sb.append("jurisdiction: ").append(country).append('\n');
            sb.append("language: en\n");
            sb.append("facts:\n");
            sb.append("  - key: ").append(factKey).append('\n');
            sb.append("    value: ").append(factYear).append('\n');
            sb.append("    about: adoption of the ").append(enWords[5]).append(" law\n");
            sb.append("    text: ").append(capital(enWords[4])).append(" Press wrote that the ").append(enWords[5])
                    .append(" law was adopted in ").append(factYear).append(".\n");
            sb.append("---\n\n");
            sb.append("# ").append(capital(enWords[1])).append(' ').append(domain).append("\n\n");
            sb.append("On ").append(day).append(' ').append(monthName()).append(' ').append(year).append(' ')
                    .append(enName).append(' ').append(enWords[0]).append(" the ").append(enWords[1]).append(' ')
                    .append(domain).append(" in ").append(countryName()).append(", ").append(capital(enWords[4]))
                    .append(" Press reported after a debate among ").append(EN_DOMAIN[(topic + 9) % EN_DOMAIN.length])
                    .append(".\n\n");
            sb.append("The ").append(enWords[2]).append(' ').append(domain).append(" counted ")
                    .append(String.format(Locale.ROOT, "%,d", count)).append(' ').append(other)
                    .append(" in ").append(countryName()).append(", according to ").append(capital(enWords[4]))
                    .append(" Press.\n");
            return sb.toString();
        }

        String russian() {
            String domain = RU_DOMAIN[topic];
            String other = RU_DOMAIN[(topic + 5) % RU_DOMAIN.length];
            StringBuilder sb = new StringBuilder();
            sb.append("---\n");
            sb.append("id: ").append(id).append('\n');
            sb.append("title: ").append(capital(ruWords[1])).append(" — ").append(domain).append(" и ")
                    .append(ruWords[3]).append('\n');
            sb.append("kind: ").append(kind).append('\n');
            sb.append("publisher: ").append("Пресса ").append(capital(ruWords[4])).append('\n');
            sb.append("date: ").append(date()).append('\n');
            sb.append("jurisdiction: ").append(country).append('\n');
            sb.append("language: ru\n");
            sb.append("facts:\n");
            sb.append("  - key: ").append(factKey).append('\n');
            sb.append("    value: ").append(factYear).append('\n');
            sb.append("    about: принятие закона ").append(ruWords[5]).append('\n');
            sb.append("    text: Пресса ").append(capital(ruWords[4])).append(" пишет, что закон ").append(ruWords[5])
                    .append(" принят в ").append(factYear).append(" году.\n");
            sb.append("---\n\n");
            sb.append("# ").append(capital(ruWords[1])).append(" — ").append(domain).append("\n\n");
            sb.append(day).append(' ').append(monthNameRu()).append(' ').append(year).append(" года ").append(ruName)
                    .append(' ').append(ruWords[0]).append(' ').append(domain).append(" (").append(ruWords[1])
                    .append("), сообщает пресса ").append(capital(ruWords[4])).append(".\n\n");
            sb.append("По данным прессы ").append(capital(ruWords[4])).append(", ").append(ruWords[2]).append(" (")
                    .append(domain).append(") насчитывает ").append(count).append(" (").append(other)
                    .append(").\n");
            return sb.toString();
        }

        private String monthName() {
            return new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"}[month - 1];
        }

        private String monthNameRu() {
            return new String[] {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря"}[month - 1];
        }

        private String countryName() {
            return switch (country) {
                case "KZ" -> "Kazakhstan";
                case "KG" -> "Kyrgyzstan";
                case "UZ" -> "Uzbekistan";
                default -> "Russia";
            };
        }
    }
}
