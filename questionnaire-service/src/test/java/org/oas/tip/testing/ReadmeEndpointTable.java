package org.oas.tip.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations a service README's endpoint table lists, and those its committed OpenAPI document has, so a test can
 * require both to be the same. The table is the Markdown table whose header has the columns {@code method}, {@code path}
 * and {@code operationId} (other columns are free); paths are written relative to a prefix the header names
 * ({@code path (under /api/x/v1)}), or whole. Cells may be in backticks.
 * (A copy of this class may live in libs/service-testing; the two are reconciled at merge.)
 */
public final class ReadmeEndpointTable {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** One operation: its HTTP method (upper case), whole path and operationId. */
    public record Endpoint(String method, String path, String operationId) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path + " " + operationId;
        }
    }

    private ReadmeEndpointTable() {
    }

    /** The operations of the README's endpoint table; fails when it has none. */
    public static Set<Endpoint> ofReadme(Path readme) {
        List<String> lines = read(readme);
        for (int i = 0; i < lines.size(); i++) {
            List<String> header = cells(lines.get(i));
            int method = column(header, "method");
            int path = column(header, "path");
            int operationId = column(header, "operationid");
            if (method < 0 || path < 0 || operationId < 0) {
                continue;
            }
            String prefix = prefix(header.get(path));
            Set<Endpoint> endpoints = new TreeSet<>();
            for (int row = i + 2; row < lines.size() && lines.get(row).strip().startsWith("|"); row++) {
                List<String> cells = cells(lines.get(row));
                endpoints.add(new Endpoint(plain(cells.get(method)).toUpperCase(Locale.ROOT),
                        join(prefix, plain(cells.get(path))), plain(cells.get(operationId))));
            }
            return endpoints;
        }
        throw new AssertionError(readme + " has no endpoint table with the columns method, path and operationId");
    }

    /** The operations of an OpenAPI document (YAML or JSON). */
    public static Set<Endpoint> ofOpenApi(Path document) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Endpoint> endpoints = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    endpoints.add(new Endpoint(method.toUpperCase(Locale.ROOT), path.getKey(), operation.path("operationId").asText("")));
                }
            }
        }
        return endpoints;
    }

    /** What one side lists and the other does not, one line each, for an assertion message; empty when both agree. */
    public static String differences(Set<Endpoint> readme, Set<Endpoint> openApi) {
        StringBuilder text = new StringBuilder();
        openApi.stream().filter(e -> !readme.contains(e)).forEach(e -> text.append("\n  missing from the README: ").append(e));
        readme.stream().filter(e -> !openApi.contains(e)).forEach(e -> text.append("\n  not in the OpenAPI document: ").append(e));
        return text.toString();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String line) {
        String row = line.strip();
        if (!row.startsWith("|")) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length()).split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static int column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).replace("`", "").split("[ (]")[0].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The prefix a header such as {@code path (under `/api/x/v1`)} names, or "". */
    private static String prefix(String header) {
        int under = header.indexOf("under ");
        return under < 0 ? "" : plain(header.substring(under + 6).replace(")", ""));
    }

    private static String plain(String cell) {
        return cell.replace("`", "").strip();
    }

    private static String join(String prefix, String path) {
        if (prefix.isEmpty() || path.startsWith(prefix)) {
            return path;
        }
        return prefix + (path.isEmpty() || path.startsWith("/") ? "" : "/") + path;
    }
}
