package org.oas.tip.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service README's endpoint table checked against the service's committed OpenAPI document, so that the table cannot
 * fall behind: the table is the first one whose header row names the columns {@code method | path | operationId | roles
 * | summary}; each row is one operation, its path relative to the API prefix (a query part after {@code ?} is ignored,
 * backticks too), and every row names its roles.
 */
public final class ReadmeEndpointTable {

    private static final List<String> HEADER = List.of("method", "path", "operationid", "roles", "summary");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private ReadmeEndpointTable() {
    }

    /** One operation: upper-case method, full path, operationId (empty when the document gives none). */
    public record Endpoint(String method, String path, String operationId) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint o) {
            int byPath = path.compareTo(o.path);
            return byPath != 0 ? byPath : (method + operationId).compareTo(o.method + o.operationId);
        }

        @Override
        public String toString() {
            return method + " " + path + " " + operationId;
        }
    }

    /** Fails, naming each operation only one side lists, when the README's table and the document differ. */
    public static void assertMatches(Path readme, Path openapi, String apiPrefix) {
        Set<Endpoint> documented = fromOpenApi(openapi);
        Set<Endpoint> listed = fromReadme(readme, apiPrefix);
        Set<Endpoint> missing = new TreeSet<>(documented);
        missing.removeAll(listed);
        Set<Endpoint> extra = new TreeSet<>(listed);
        extra.removeAll(documented);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new AssertionError(readme + "'s endpoint table differs from " + openapi + ":\n  in the document only: "
                    + missing + "\n  in the README only: " + extra);
        }
    }

    /** Every operation of an OpenAPI document. */
    public static Set<Endpoint> fromOpenApi(Path openapi) {
        JsonNode doc;
        try {
            doc = new ObjectMapper(new YAMLFactory()).readTree(openapi.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Endpoint> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    out.add(new Endpoint(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            op.getValue().path("operationId").asText("")));
                }
            }
        }
        return out;
    }

    /** The rows of the README's endpoint table, paths prefixed with {@code apiPrefix}. */
    public static Set<Endpoint> fromReadme(Path readme, String apiPrefix) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            if (isHeader(cells(lines.get(i)))) {
                header = i;
            }
        }
        if (header < 0) {
            throw new AssertionError(readme + " has no endpoint table with the columns " + HEADER);
        }
        Set<Endpoint> out = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).trim().startsWith("|"); i++) {
            List<String> row = cells(lines.get(i));
            if (row.size() != HEADER.size() || row.get(3).isBlank() || row.get(4).isBlank()) {
                wrong.add("line " + (i + 1) + ": " + lines.get(i));
                continue;
            }
            String path = plain(row.get(1));
            int query = path.indexOf('?');
            if (query >= 0) {
                path = path.substring(0, query);
            }
            Endpoint e = new Endpoint(plain(row.get(0)).toUpperCase(Locale.ROOT), apiPrefix + path, plain(row.get(2)));
            if (!out.add(e)) {
                wrong.add("line " + (i + 1) + " repeats " + e);
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(readme + ": endpoint rows need five cells, roles and a summary:\n  "
                    + String.join("\n  ", wrong));
        }
        return out;
    }

    private static boolean isHeader(List<String> cells) {
        return cells.stream().map(c -> plain(c).toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    private static List<String> cells(String line) {
        String t = line.trim();
        if (!t.startsWith("|") || !t.endsWith("|") || t.length() < 2) {
            return List.of();
        }
        // a pipe inside a cell is written \|
        return Arrays.stream(t.substring(1, t.length() - 1).split("(?<!\\\\)\\|", -1)).map(String::trim).toList();
    }

    private static String plain(String cell) {
        return cell.replace("`", "").replace("\\|", "|").trim();
    }
}
