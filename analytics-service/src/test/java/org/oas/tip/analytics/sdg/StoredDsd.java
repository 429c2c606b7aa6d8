package org.oas.tip.analytics.sdg;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy of the global SDG structure kept in {@code resources/sdmx/}, read with the JDK's XML parser (no SDMX library on
 * Maven Central fitted): the DSD's dimensions in order, its attributes with their status, and the code list of each coded
 * component.
 */
record StoredDsd(String id, String agency, String version, List<String> dimensions, String timeDimension,
                 Map<String, String> attributeStatus, Map<String, String> codelistOf, Map<String, Set<String>> codelists) {

    static final String RESOURCE = "/sdmx/IAEG-SDGs_SDG_1.14-subset.xml";
    private static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";

    static StoredDsd load() {
        try (InputStream in = StoredDsd.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            return of(doc);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    private static StoredDsd of(Document doc) {
        Map<String, Set<String>> codelists = new LinkedHashMap<>();
        for (Element cl : elements(doc.getDocumentElement(), "Codelist")) {
            Set<String> codes = new LinkedHashSet<>();
            for (Element code : elements(cl, "Code")) {
                codes.add(code.getAttribute("id"));
            }
            codelists.put(cl.getAttribute("id"), codes);
        }
        List<Element> dsds = elements(doc.getDocumentElement(), "DataStructure");
        if (dsds.size() != 1) {
            throw new IllegalStateException("Expected one DataStructure, found " + dsds.size());
        }
        Element dsd = dsds.get(0);
        Map<String, String> codelistOf = new LinkedHashMap<>();
        // only the DimensionList's own: attribute relationships name dimensions with elements of the same name
        List<Element> dims = new ArrayList<>(elements(elements(dsd, "DimensionList").get(0), "Dimension").stream()
                .filter(d -> d.hasAttribute("position")).toList());
        dims.sort(Comparator.comparingInt(d -> Integer.parseInt(d.getAttribute("position"))));
        List<String> dimensions = new ArrayList<>();
        for (Element d : dims) {
            dimensions.add(d.getAttribute("id"));
            enumeration(d).ifPresent(cl -> codelistOf.put(d.getAttribute("id"), cl));
        }
        String time = elements(dsd, "TimeDimension").get(0).getAttribute("id");
        Map<String, String> status = new LinkedHashMap<>();
        for (Element a : elements(dsd, "Attribute")) {
            status.put(a.getAttribute("id"), a.getAttribute("assignmentStatus"));
            enumeration(a).ifPresent(cl -> codelistOf.put(a.getAttribute("id"), cl));
        }
        return new StoredDsd(dsd.getAttribute("id"), dsd.getAttribute("agencyID"), dsd.getAttribute("version"),
                List.copyOf(dimensions), time, status, codelistOf, codelists);
    }

    private static java.util.Optional<String> enumeration(Element component) {
        List<Element> enums = elements(component, "Enumeration");
        if (enums.isEmpty()) {
            return java.util.Optional.empty();
        }
        NodeList refs = enums.get(0).getElementsByTagName("Ref");
        return java.util.Optional.of(((Element) refs.item(0)).getAttribute("id"));
    }

    private static List<Element> elements(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(STR, localName);
        List<Element> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The codes of the code list a coded component (dimension or attribute) takes its values from. */
    Set<String> codes(String component) {
        String cl = codelistOf.get(component);
        if (cl == null) {
            throw new IllegalArgumentException(component + " is not coded");
        }
        Set<String> codes = codelists.get(cl);
        if (codes == null) {
            throw new IllegalStateException("Code list " + cl + " of " + component + " is not in the stored file");
        }
        return codes;
    }

    List<String> mandatoryAttributes() {
        return attributeStatus.entrySet().stream().filter(e -> "Mandatory".equals(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
