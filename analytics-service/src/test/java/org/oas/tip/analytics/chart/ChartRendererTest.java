package org.oas.tip.analytics.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oas.tip.analytics.indicator.Bucket;
import org.oas.tip.analytics.indicator.Catalogue;
import org.oas.tip.analytics.indicator.ChartKind;
import org.oas.tip.analytics.indicator.Engine;
import org.oas.tip.analytics.indicator.IndicatorDefinition;
import org.oas.tip.analytics.indicator.IndicatorResult;
import org.oas.tip.analytics.indicator.Snapshot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charts are well-formed SVG carrying the data as text, escaped, byte-stable and with ids unique to each chart. */
class ChartRendererTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void eachKindIsWellFormedSvgWithItsLabelsAndCounts(ChartKind kind) throws Exception {
        IndicatorResult result = result("X.kind", 33, "2015-2018",
                bucket("YES", "Yes", 20, 60.6), bucket("NO", "No", 12, 36.4), bucket("UNKNOWN", "Unknown", 1, 3.0));
        Document doc = parse(ChartRenderer.document(definition("X.kind", kind), result));
        String text = text(doc);
        assertTrue(text.contains("Title of X.kind"), text);
        assertTrue(text.contains("n = 33 countries · cycle 2015-2018"), text);
        if (kind == ChartKind.PIE) {
            for (String label : List.of("Yes: 20 (60.6%)", "No: 12 (36.4%)", "Unknown: 1 (3.0%)")) {
                assertTrue(text.contains(label), label + " in " + text);
            }
        } else {
            for (String s : List.of("Yes", "No", "Unknown", "20", "12", "1")) {
                assertTrue(texts(doc).contains(s), s + " in " + texts(doc));
            }
            assertTrue(text.contains("countries"), "value axis label");
        }
    }

    @Test
    void aPieLeavesOutZeroBuckets() throws Exception {
        IndicatorResult result = result("X.pie", 10, "2015-2018",
                bucket("A", "Alpha", 7, 70.0), bucket("B", "Beta", 0, 0.0), bucket("C", "Gamma", 3, 30.0));
        String text = text(parse(ChartRenderer.document(definition("X.pie", ChartKind.PIE), result)));
        assertTrue(text.contains("Alpha: 7 (70.0%)"), text);
        assertTrue(text.contains("Gamma: 3 (30.0%)"), text);
        assertFalse(text.contains("Beta"), text);
    }

    @Test
    void aPieWithoutPercentagesUsesTheShareOfThePie() throws Exception {
        IndicatorResult result = result("X.share", null, null,
                bucket("A", "Alpha", 1, null), bucket("B", "Beta", 3, null));
        String text = text(parse(ChartRenderer.document(definition("X.share", ChartKind.PIE), result)));
        assertTrue(text.contains("Alpha: 1 (25.0%)") && text.contains("Beta: 3 (75.0%)"), text);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void labelsFromTheDataAreEscaped(ChartKind kind) throws Exception {
        String label = "A < B & \"C\" 'D' >\u0007";
        IndicatorResult result = result("X.esc", 5, "2015-2018", bucket("K", label, 5, 100.0));
        IndicatorDefinition definition = new IndicatorDefinition("X.esc", "X", "Title <&> here", "", "", "", "a&b",
                List.of("questionnaire: x"), kind);
        String svg = ChartRenderer.document(definition, result);
        String text = text(parse(svg));
        String shown = label.substring(0, label.length() - 1); // the bell cannot be written in XML 1.0, so it is dropped
        assertTrue(text.contains(kind == ChartKind.PIE ? shown + ": 5 (100.0%)" : shown), text);
        assertTrue(text.contains("Title <&> here"), text);
        assertTrue(svg.contains("A &lt; B &amp;"), "escaped in the markup");
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void theSameInputGivesTheSameBytes(ChartKind kind) {
        IndicatorDefinition definition = definition("X.same", kind);
        IndicatorResult result = sample("X.same");
        assertEquals(ChartRenderer.document(definition, result), ChartRenderer.document(definition, result));
    }

    @Test
    void concurrentRendersGiveTheSameBytes() throws Exception {
        List<IndicatorDefinition> definitions = List.of(definition("X.a", ChartKind.BAR), definition("X.b", ChartKind.PIE),
                definition("X.c", ChartKind.HISTOGRAM));
        List<String> expected = definitions.stream().map(d -> ChartRenderer.document(d, sample(d.code()))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                IndicatorDefinition d = definitions.get(i % 3);
                futures.add(pool.submit(() -> ChartRenderer.document(d, sample(d.code()))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % 3), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void twoCodesShareNoIds(ChartKind kind) throws Exception {
        Set<String> a = ids(parse(ChartRenderer.element(definition("A.one", kind), sample("A.one"))));
        Set<String> b = ids(parse(ChartRenderer.element(definition("A.one_", kind), sample("A.one_"))));
        assertFalse(a.isEmpty());
        assertFalse(b.isEmpty());
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        assertTrue(both.isEmpty(), "shared ids " + both);
        assertNotEquals(Ids.forCode("A.b_c"), Ids.forCode("A.b.c"));
        assertNotEquals(Ids.forCode("A.b_c"), Ids.forCode("A_b.c"));
    }

    @Test
    void theElementHasNoXmlDeclarationAndTheDocumentHasOne() throws Exception {
        IndicatorDefinition definition = definition("X.el", ChartKind.BAR);
        String element = ChartRenderer.element(definition, sample("X.el"));
        String document = ChartRenderer.document(definition, sample("X.el"));
        assertTrue(element.startsWith("<svg"), element.substring(0, 40));
        assertFalse(element.contains("<?xml"));
        assertTrue(document.startsWith("<?xml "));
        assertTrue(document.endsWith(element));
        parse(element);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void anEmptyOrAllZeroResultRenders(ChartKind kind) throws Exception {
        IndicatorResult zeros = result("X.zero", 0, "2015-2018", bucket("A", "Alpha", 0, null), bucket("B", "Beta", 0, null));
        IndicatorResult empty = result("X.empty", null, null);
        parse(ChartRenderer.document(definition("X.zero", kind), zeros));
        String text = text(parse(ChartRenderer.document(definition("X.empty", kind), empty)));
        assertTrue(text.contains("No data"), text);
        if (kind == ChartKind.PIE) {
            assertTrue(text(parse(ChartRenderer.document(definition("X.zero", kind), zeros))).contains("No data"));
        }
    }

    @Test
    void manyLongLabelsTurnTheBarsAndGrowTheChart() throws Exception {
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            buckets.add(bucket("K" + i, "A rather long category label " + i, i, null));
        }
        IndicatorResult result = result("X.long", 33, "2015-2018", buckets.toArray(Bucket[]::new));
        Element svg = parse(ChartRenderer.document(definition("X.long", ChartKind.BAR), result)).getDocumentElement();
        assertTrue(Double.parseDouble(svg.getAttribute("height")) > ChartRenderer.HEIGHT, svg.getAttribute("height"));
    }

    @Test
    void barsRenderLabelledValues() throws Exception {
        List<Map.Entry<String, Double>> values = List.of(Map.entry("Argentina", 1.25), Map.entry("Brazil", 0.5),
                Map.entry("Saint Vincent & the Grenadines", 12.0));
        String svg = ChartRenderer.bars("Victims per 100,000", "SDG 16.2.2 · 2018", "victims per 100,000", values);
        Document doc = parse(svg);
        Set<String> texts = texts(doc);
        for (String s : List.of("Argentina", "Brazil", "Saint Vincent & the Grenadines", "1.25", "0.5", "12",
                "Victims per 100,000", "victims per 100,000")) {
            assertTrue(texts.contains(s), s + " in " + texts);
        }
        assertFalse(svg.startsWith("<?xml"));
        assertEquals(svg, ChartRenderer.bars("Victims per 100,000", "SDG 16.2.2 · 2018", "victims per 100,000", values));
        Set<String> other = ids(parse(ChartRenderer.bars("Other", null, "x", values)));
        other.retainAll(ids(doc));
        assertTrue(other.isEmpty(), "shared ids " + other);
        parse(ChartRenderer.bars("Empty", null, null, List.of()));
    }

    /** All 50 indicators of the catalogue over the 2015-2018 baseline: each chart is well-formed SVG. */
    @Test
    void everyCatalogueIndicatorRendersOverTheBaseline() throws Exception {
        Map<String, IndicatorResult> results = new Engine().computeAll(baseline()).stream()
                .collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
        List<IndicatorDefinition> all = Catalogue.standard().all();
        assertEquals(50, all.size());
        Path preview = System.getProperty("chart.preview") == null ? null : Path.of(System.getProperty("chart.preview"));
        Set<String> seen = new HashSet<>();
        for (IndicatorDefinition d : all) {
            String svg = ChartRenderer.document(d, results.get(d.code()));
            Document doc = parse(svg);
            assertTrue(text(doc).contains(d.title()), d.code());
            for (String id : ids(doc)) {
                assertTrue(seen.add(id), "id " + id + " of " + d.code() + " is used by another chart");
            }
            if (preview != null) {
                Files.createDirectories(preview);
                Files.writeString(preview.resolve(d.code() + ".svg"), svg);
            }
        }
    }

    /** The baseline fixture is package-private to the indicator tests; reflection reuses it rather than copying it. */
    private static Snapshot baseline() throws Exception {
        Method build = Class.forName("org.oas.tip.analytics.indicator.BaselineSnapshot").getDeclaredMethod("build");
        build.setAccessible(true);
        return (Snapshot) build.invoke(null);
    }

    private static IndicatorDefinition definition(String code, ChartKind kind) {
        return new IndicatorDefinition(code, code.substring(0, 1), "Title of " + code, "definition", "numerator",
                "respondents", "countries", List.of("questionnaire: x"), kind);
    }

    private static IndicatorResult sample(String code) {
        return result(code, 33, "2015-2018", bucket("UP_TO_2005", "Up to 2005", 6, 18.2),
                bucket("2006_2015", "2006-2015", 25, 75.8), bucket("FROM_2016", "From 2016", 2, 6.1));
    }

    private static IndicatorResult result(String code, Integer denominator, String cycle, Bucket... buckets) {
        return new IndicatorResult(code, cycle, Instant.parse("2019-02-01T00:00:00Z"), null, null, denominator, null,
                List.of(buckets), null, List.of());
    }

    private static Bucket bucket(String key, String label, int count, Double percentage) {
        return new Bucket(key, label, count, percentage, List.of(), List.of(), List.of());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(SVG_NS, doc.getDocumentElement().getNamespaceURI());
        return doc;
    }

    /** The content of every text element, one per line. */
    private static String text(Document doc) {
        return String.join("\n", textList(doc));
    }

    private static Set<String> texts(Document doc) {
        return new HashSet<>(textList(doc));
    }

    private static List<String> textList(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }
}
