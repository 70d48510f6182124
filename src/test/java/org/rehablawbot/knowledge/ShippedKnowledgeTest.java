package org.rehablawbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knowledge folder shipped with the bot passes validation, so every file of it is indexed, and the records
 * that once distorted answers stay corrected: each test parses the shipped folder and checks one such record in
 * both language versions.
 */
class ShippedKnowledgeTest {

    private static KnowledgeFolder folder;

    @BeforeAll
    static void load() throws IOException {
        folder = KnowledgeFolder.load(Path.of("knowledge"));
    }

    @Test
    void everyShippedFileIsValid() {
        assertEquals(List.of(), folder.problems().stream().map(Problem::toString).toList());
        assertTrue(folder.documents().size() > 0);
    }

    /** Both language versions of one document; fails when either is missing. */
    private static List<SourceDocument> twins(String id) {
        List<SourceDocument> docs = folder.documents().stream().filter(d -> d.meta().id().equals(id)).toList();
        assertEquals(2, docs.size(), "two language versions of " + id);
        return docs;
    }

    private static List<Fact> facts(SourceDocument d) {
        return d.passages().stream().filter(Passage::isFact).map(Passage::fact).toList();
    }

    private static List<Fact> facts(SourceDocument d, String key) {
        return facts(d).stream().filter(f -> f.key().equals(key)).toList();
    }

    private static String body(SourceDocument d) {
        return d.passages().stream().filter(p -> !p.isFact()).map(Passage::text).collect(Collectors.joining("\n"));
    }

    private static List<Fact> allFacts(String key) {
        return folder.documents().stream().flatMap(d -> facts(d, key).stream()).toList();
    }

    @Test
    void theDeclarationGivesNoDecember2020CreationDate() {
        for (SourceDocument d : twins("socialist-movement-kazakhstan-declaration-2023-03-22")) {
            assertEquals(List.of(), facts(d, "kz-rehab-commission.established"),
                    "the declaration says only \"at the end of 2020\"");
            assertTrue(facts(d).stream().noneMatch(f -> f.value().startsWith("2020-12")), "no fact claims December 2020");
            assertEquals("end of 2020", facts(d, "kz-rehab-commission.established-approximately").get(0).value());
        }
        assertTrue(allFacts("kz-rehab-commission.established").stream().noneMatch(f -> f.value().startsWith("2020-12")),
                "no source in the knowledge dates the commission's creation to December 2020");
    }

    @Test
    void perceptioptGivesNoReburialDateAndSeveralDates() {
        for (SourceDocument d : twins("perceptiopt-com-ata-beyit")) {
            assertEquals(List.of(), facts(d, "kg-ata-beyit.reburial"), "the page gives no reburial date");
            assertEquals(List.of(), facts(d, "kg-ata-beyit.opened"), "1991 is the cemetery's opening, not the complex's");
            assertEquals("1991-08-30", facts(d, "kg-ata-beyit.cemetery-opened").get(0).value());
            String text = body(d).toLowerCase(Locale.ROOT);
            assertFalse(text.contains("only one date") || text.contains("только одну дату"), text);
            assertTrue(text.contains("2000") && text.contains("1938"), "the page's other dates are recorded");
        }
    }

    @Test
    void the2019ConceptBillPeriodHasItsOwnKey() {
        for (SourceDocument d : twins("aif-kg-kg-rehab-bill-2019-sponsors")) {
            assertEquals(List.of(), facts(d, "kg-rehab-law.repression-period"));
            assertEquals("1918..1953", facts(d, "kg-rehab-bill-2019.period").get(0).value());
        }
    }

    @Test
    void pp270CommissionCoordinatesStudyAndRemembranceAndIsAPostanovlenie() {
        for (SourceDocument d : twins("cis-legislation-uz-resolution-pp-270-2024-07-19")) {
            Fact commission = facts(d, "uz-republican-commission.established").get(0);
            String about = commission.about().toLowerCase(Locale.ROOT);
            assertTrue(about.contains("not a body that decides") || about.contains("не орган"), about);
            String text = body(d);
            assertFalse(text.contains("Commission for the rehabilitation")
                    || text.contains("комиссия по реабилитации"), text);
            if (d.meta().language() == Language.RU) {
                assertFalse((d.meta().title() + text).toLowerCase(Locale.ROOT).contains("указ"),
                        "PP-270 is a постановление, not a указ");
                assertTrue(d.meta().title().startsWith("Постановление"));
                assertTrue(d.meta().kind() != Kind.DECREE, "kind decree is shown in Russian as указ");
            }
        }
    }

    @Test
    void theKyrgyzExclusionIsRecordedInTheOutletsTermsAndCriticsKeepTheirOwnKey() {
        for (SourceDocument d : folder.documents()) {
            assertEquals(List.of(), facts(d, "kg-rehab-law.scope-nazi-accomplices"), d.meta().path());
        }
        List<Fact> excluded = allFacts("kg-rehab-law.excluded");
        assertTrue(excluded.size() >= 6, "24.kg, region.kg, segodnya.today and news.com.kg in two languages");
        assertTrue(excluded.stream().allMatch(f -> f.value().contains("treason")), "what the outlets reported");
        for (SourceDocument d : twins("kg-skeptik-kg-rehab-law-critique")) {
            assertEquals(1, facts(d, "kg-rehab-law.critics-say-rehabilitates").size());
        }
        assertTrue(folder.documents().stream().flatMap(d -> facts(d).stream())
                .filter(f -> f.key().equals("kg-rehab-law.excluded") || f.key().equals("kg-rehab-law.critics-say-rehabilitates"))
                .noneMatch(f -> f.value().equals("yes") || f.value().equals("no")),
                "no yes/no answer to a critics' question in the knowledge's own voice");
    }

    @Test
    void uzbekTotalsAreDatedAndTheirMismatchIsNotedAsArithmetic() {
        List<Fact> totals = allFacts("uz-acquitted.total");
        assertTrue(totals.size() >= 8);
        assertTrue(totals.stream().allMatch(Fact::isDated), "every running total says when it held");
        assertTrue(totals.stream().anyMatch(f -> f.value().equals("856") && f.asOf().iso().equals("2023-08")));
        assertTrue(totals.stream().anyMatch(f -> f.value().equals("1031") && f.asOf().iso().equals("2024-05")));
        for (SourceDocument d : twins("daryo-uz-2024-05-07-uz-205-rehabilitated")) {
            String file = readFile(d);
            assertTrue(file.contains("1,061") || file.contains("1061"), file);
            assertTrue(file.contains("our own arithmetic") || file.contains("наш собственный подсчёт"),
                    "the sum is marked as the knowledge's own arithmetic");
            String text = body(d);
            assertTrue(text.contains("1,031") || text.contains("1031"), text);
        }
    }

    private static String readFile(SourceDocument d) {
        try {
            return java.nio.file.Files.readString(Path.of("knowledge").resolve(d.meta().path()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theEditorsNotesAreKeptForModeratorsButNeverIndexed() {
        // the bot never cites this folder's editors: their notes are HTML comments, which no passage holds
        for (SourceDocument d : folder.documents()) {
            for (Passage p : d.passages()) {
                assertFalse(p.text().contains("editors of this knowledge base")
                        || p.text().contains("составителей базы знаний"), p.id() + ": " + p.text());
            }
        }
        assertTrue(readFile(twins("rferl-2023-09-kazakhstan-declassifies-files").get(0)).contains("<!-- "));
    }

    @Test
    void runningTotalsAreDatedAndDifferentQuantitiesHaveTheirOwnKeys() {
        for (String key : List.of("kz-rehabilitated.count", "kz-rehab-commission.volumes", "kz-archive.declassified-cards",
                "kz-archive.cases-handed-over", "uz-acquitted.total")) {
            List<Fact> values = allFacts(key);
            assertFalse(values.isEmpty(), key);
            assertTrue(values.stream().allMatch(Fact::isDated), key + ": every value says when it held");
        }
        assertTrue(allFacts("kz-rehab-commission.volumes").stream()
                .anyMatch(f -> f.value().equals("31") && f.asOf().iso().equals("2023-01")));
        assertTrue(allFacts("kz-rehab-commission.volumes").stream()
                .anyMatch(f -> f.value().equals("72") && f.asOf().iso().equals("2023-12")));
        assertTrue(allFacts("kz-rehabilitated.count").stream().allMatch(f -> f.value().equals("311000")),
                "the 250,000 people for whom materials were prepared are another quantity");
        assertEquals("250000", allFacts("kz-rehab-commission.materials-prepared-people").get(0).value());
        assertTrue(allFacts("kz-archive.declassified-cards").stream().allMatch(f -> f.value().equals("2400000")),
                "documents and materials are counted under their own keys, not as cards");
        assertEquals("2600000", allFacts("kz-archive.declassified-documents").get(0).value());
        assertEquals("2500000", allFacts("kz-archive.declassified-materials").get(0).value());
    }

    @Test
    void opinionsBelongToTheirAuthorsAndTheOtherSideIsKept() {
        for (SourceDocument d : folder.documents()) {
            if (d.meta().kind() == Kind.STATEMENT || d.meta().kind() == Kind.COMMENTARY) {
                assertFalse(d.meta().aliases().isEmpty(), d.meta().path() + ": an opinion document names who holds it");
            }
        }
        for (String id : List.of("kg-dzen-2024-dmitry-orlov-rehab-law-critique", "kz-goble-2023-12-29-wholesale-rehabilitation",
                "postimees-ventsel-kazakhstan-stalin-crimes", "uz-windowoneurasia-2024-10-10-priymak-jadids-basmachi",
                "hizb-ut-tahrir-cmo-2025-kyrgyzstan-rehabilitation-law")) {
            for (SourceDocument d : twins(id)) {
                assertTrue(d.meta().author() != null && !d.meta().author().isBlank(), id + " has its author");
                assertTrue(body(d).contains(d.meta().author().split(" ")[0]), id + ": the body names the author");
            }
        }
        assertTrue(allFacts("kz-rehabilitated.who").stream().anyMatch(f -> f.value().contains("deported in the 1940s")),
                "RFE/RL: the 311,000 were among 516,000 people deported in the 1940s");
        assertEquals("516000", allFacts("kz-deported-1940s.count").get(0).value());
        List<String> ban = allFacts("kg-rehab-law.sponsors-banned-from-russia").stream().map(Fact::value).distinct().toList();
        assertTrue(ban.contains("not confirmed") && ban.contains("denied"),
                "the Foreign Ministry's non-confirmation and Akayev's denial are kept beside the Telegram claim: " + ban);
    }

    @Test
    void noDocumentIsDatedByTheYearItWasReadAndAlmostEveryOneHasThePageAddress() {
        List<SourceDocument> docs = folder.documents();
        for (SourceDocument d : docs) {
            PartialDate date = d.meta().date();
            PartialDate read = d.meta().retrieved();
            assertFalse(date != null && read != null && date.year() == read.year() && date.month() == 0,
                    d.meta().path() + " is dated by the year it was read");
            assertFalse(date != null && date.year() >= 2026, d.meta().path() + " carries the year the page was read");
        }
        long withoutPageAddress = docs.stream()
                .filter(d -> d.meta().url() == null || d.meta().url().matches("https?://[^/]+/?"))
                .count();
        assertTrue(withoutPageAddress * 100 <= docs.size() * 5,
                withoutPageAddress + " of " + docs.size() + " documents lack the address of their page");
    }
}
