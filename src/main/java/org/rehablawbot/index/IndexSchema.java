package org.rehablawbot.index;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.rehablawbot.knowledge.Fact;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;

/**
 * How a passage is laid out in Lucene: one Lucene document per passage, every metadata field stored so that a
 * hit gives back the full {@link Passage}, the text, title and heading analysed per language (English or
 * Russian stemming), and the embedding in a KNN vector field.
 */
final class IndexSchema {

    /**
     * Version of this layout, of its analyzers, of the passage splitting and of the text that is embedded. Bump it
     * whenever any of them changes: an index written with another version is rebuilt in full.
     */
    static final String FORMAT = "4";

    static final String PATH = "path";
    static final String DOC_ID = "doc_id";
    static final String TITLE = "title";
    static final String KIND = "kind";
    static final String PUBLISHER = "publisher";
    static final String AUTHOR = "author";
    static final String DATE = "date";
    static final String JURISDICTION = "jurisdiction";
    static final String LANG = "lang";
    static final String URL = "url";
    static final String ORDINAL = "ordinal";
    static final String LINE = "line";
    static final String HEADING = "heading";
    static final String TEXT = "text";
    static final String FACT_KEY = "fact_key";
    static final String FACT_VALUE = "fact_value";
    static final String FACT_ABOUT = "fact_about";
    static final String FACT_CLAIMANT = "fact_claimant";
    static final String FACT_AS_OF = "fact_as_of";
    static final String FACT_CONTRAST = "fact_contrast";
    static final String RETRIEVED = "retrieved";
    static final String ALIAS = "alias";
    static final String VECTOR = "vector";

    /** Vectors are normalised, so the dot product is their cosine. */
    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    private IndexSchema() {
    }

    /** The analysed text field of a language. */
    static String textField(Language l) {
        return "text_" + l.code();
    }

    /** The analysed title field of a language. */
    static String titleField(Language l) {
        return "title_" + l.code();
    }

    /** The analysed heading field of a language (a fact's {@code about} goes here too). */
    static String headingField(Language l) {
        return "heading_" + l.code();
    }

    /** The analyzer for writing and querying: English or Russian by field, standard elsewhere. */
    static Analyzer analyzer() {
        Analyzer english = new Normalized(new EnglishAnalyzer(), false);
        Analyzer russian = new Normalized(new RussianAnalyzer(), true);
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                textField(Language.EN), english, titleField(Language.EN), english, headingField(Language.EN), english,
                textField(Language.RU), russian, titleField(Language.RU), russian, headingField(Language.RU), russian));
    }

    /**
     * The text embedded for a passage: its document title and heading (or, for a fact, what the fact is
     * about) before the passage text, so that a paragraph is placed in its context.
     */
    static String embeddingText(Passage p) {
        StringBuilder sb = new StringBuilder(p.source().title());
        String context = p.isFact() ? p.fact().about() : p.heading();
        if (context != null && !context.equalsIgnoreCase(p.source().title())) {
            sb.append(". ").append(context);
        }
        return sb.append(". ").append(p.text()).toString();
    }

    static Document toDocument(Passage p, float[] vector) {
        SourceMeta m = p.source();
        Language l = m.language();
        Document d = new Document();
        d.add(new StringField(PATH, m.path(), Field.Store.YES));
        d.add(new StringField(DOC_ID, m.id(), Field.Store.YES));
        d.add(new StoredField(TITLE, m.title()));
        d.add(new StringField(KIND, m.kind().code(), Field.Store.YES));
        d.add(new StoredField(PUBLISHER, m.publisher()));
        if (m.author() != null) {
            d.add(new StoredField(AUTHOR, m.author()));
        }
        if (m.date() != null) {
            d.add(new StoredField(DATE, m.date().iso()));
        }
        if (m.retrieved() != null) {
            d.add(new StoredField(RETRIEVED, m.retrieved().iso()));
        }
        for (String alias : m.aliases()) {
            d.add(new StoredField(ALIAS, alias));
        }
        for (String j : m.jurisdictions()) {
            d.add(new StringField(JURISDICTION, j, Field.Store.YES));
        }
        d.add(new StringField(LANG, l.code(), Field.Store.YES));
        if (m.url() != null) {
            d.add(new StoredField(URL, m.url()));
        }
        d.add(new StoredField(ORDINAL, p.ordinal()));
        d.add(new StoredField(LINE, p.line()));
        if (p.heading() != null) {
            d.add(new StoredField(HEADING, p.heading()));
            d.add(new TextField(headingField(l), p.heading(), Field.Store.NO));
        }
        d.add(new StoredField(TEXT, p.text()));
        d.add(new TextField(textField(l), p.text(), Field.Store.NO));
        d.add(new TextField(titleField(l), m.title(), Field.Store.NO));
        if (p.isFact()) {
            Fact f = p.fact();
            d.add(new StringField(FACT_KEY, f.key(), Field.Store.YES));
            d.add(new StoredField(FACT_VALUE, f.value()));
            if (f.about() != null) {
                d.add(new StoredField(FACT_ABOUT, f.about()));
                d.add(new TextField(headingField(l), f.about(), Field.Store.NO));
            }
            if (f.claimant() != null) {
                d.add(new StoredField(FACT_CLAIMANT, f.claimant()));
            }
            if (f.asOf() != null) {
                d.add(new StoredField(FACT_AS_OF, f.asOf().iso()));
            }
            if (f.contrast() != null) {
                d.add(new StoredField(FACT_CONTRAST, f.contrast()));
            }
        }
        d.add(new KnnFloatVectorField(VECTOR, normalised(vector), SIMILARITY));
        return d;
    }

    /** The metadata stored with a passage; passages of one file share it. */
    static SourceMeta toMeta(Document d) {
        List<String> jurisdictions = new ArrayList<>();
        for (IndexableField f : d.getFields(JURISDICTION)) {
            jurisdictions.add(f.stringValue());
        }
        List<String> aliases = new ArrayList<>();
        for (IndexableField f : d.getFields(ALIAS)) {
            aliases.add(f.stringValue());
        }
        return new SourceMeta(d.get(DOC_ID), d.get(TITLE), Kind.fromCode(d.get(KIND)).orElseThrow(), d.get(PUBLISHER),
                d.get(AUTHOR), PartialDate.parse(d.get(DATE)).orElse(null), jurisdictions,
                Language.fromCode(d.get(LANG)).orElseThrow(), d.get(URL), d.get(PATH),
                PartialDate.parse(d.get(RETRIEVED)).orElse(null), aliases);
    }

    static Passage toPassage(Document d, SourceMeta meta) {
        Fact fact = null;
        String key = d.get(FACT_KEY);
        if (key != null) {
            fact = new Fact(key, d.get(FACT_VALUE), d.get(FACT_ABOUT), d.get(FACT_CLAIMANT),
                    PartialDate.parse(d.get(FACT_AS_OF)).orElse(null), d.get(FACT_CONTRAST));
        }
        return new Passage(meta, d.getField(ORDINAL).numericValue().intValue(),
                d.getField(LINE).numericValue().intValue(), d.get(HEADING), d.get(TEXT), fact);
    }

    /** A unit-length copy of {@code v} (the dot product similarity needs unit vectors). */
    static float[] normalised(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float[] out = v.clone();
        if (sum == 0 || Math.abs(sum - 1) < 1e-6) {
            return out;
        }
        float norm = (float) Math.sqrt(sum);
        for (int i = 0; i < out.length; i++) {
            out[i] /= norm;
        }
        return out;
    }

    /**
     * Normalises text before an analyzer: digit groups join ("1,500", "18 000", "345\u00a0000" index as "1500",
     * "18000", "345000", as questions write them), and for Russian ё is read as е, so that either spelling finds
     * the other.
     */
    private static final class Normalized extends AnalyzerWrapper {
        private static final NormalizeCharMap YO;
        /** A separator between digit groups: after a digit, before exactly three digits. */
        private static final java.util.regex.Pattern DIGIT_GROUP =
                java.util.regex.Pattern.compile("(?<=\\d)[,\u00a0\u202f ](?=\\d{3}(?!\\d))");

        static {
            NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
            b.add("ё", "е");
            b.add("Ё", "Е");
            YO = b.build();
        }

        private final Analyzer delegate;
        private final boolean russian;

        Normalized(Analyzer delegate, boolean russian) {
            super(Analyzer.GLOBAL_REUSE_STRATEGY);
            this.delegate = delegate;
            this.russian = russian;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return delegate;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            Reader joined = new org.apache.lucene.analysis.pattern.PatternReplaceCharFilter(DIGIT_GROUP, "", reader);
            return russian ? new MappingCharFilter(YO, joined) : joined;
        }

        @Override
        protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
            return russian ? new MappingCharFilter(YO, reader) : reader;
        }
    }
}
