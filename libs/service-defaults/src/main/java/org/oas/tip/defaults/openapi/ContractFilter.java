package org.oas.tip.defaults.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes each service's OpenAPI document one a client generator and Swagger UI understand, in one place for the three
 * services (registered with {@code mp.openapi.filter}; runs when the service starts):
 * <ul>
 * <li>one OAuth2 security scheme with the client-credentials flow (tools and systems) and the authorization-code flow
 * (people), instead of {@code openIdConnect};</li>
 * <li>the roles of {@code @RolesAllowed}, which SmallRye writes as OAuth2 scopes, moved to {@code x-required-roles} and to
 * the description (Keycloak roles are not scopes);</li>
 * <li>401 and 403 on every secured operation, 429, 500 and 503 on every operation, unless it declares them itself;</li>
 * <li>the {@code Problem} schema on every problem+json content without one;</li>
 * <li>a schema on every response header, {@code Retry-After} on 429 and 503, {@code ETag} where a version is read or
 * changed, and {@code If-Match} required wherever 428 is documented;</li>
 * <li>{@code servers}: the gateway.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    /** The extension naming the roles an operation requires, any one of them. */
    public static final String REQUIRED_ROLES = "x-required-roles";

    private final ContractSettings settings;

    public ContractFilter() {
        this(ContractSettings.fromConfig());
    }

    public ContractFilter(ContractSettings settings) {
        this.settings = settings;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        oauth2Schemes(openAPI);
        ProblemComponents.install(openAPI, settings.rateLimited());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
            paths.forEach((path, item) -> operations(item).forEach(operation -> {
                operation(operation, openAPI);
                pathOrder(path, operation);
            }));
            Headers.etags(paths);
        }
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().forEach((status, response) -> Headers.typed(status, response));
        }
        ProblemComponents.removeUnused(openAPI, referencedResponses(openAPI));
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().setSchemas(new LinkedHashMap<>(new TreeMap<>(openAPI.getComponents().getSchemas())));
        }
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                .url(settings.serverUrl())
                .description("The API gateway every client calls. This document names the local stack's;"
                        + " each deployment sets its own (tip.openapi.server-url)."))));
    }

    /** Each openIdConnect scheme becomes the OAuth2 scheme, under the same name so the requirements still name it. */
    private void oauth2Schemes(OpenAPI openAPI) {
        Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
        if (schemes == null) {
            return;
        }
        for (Map.Entry<String, SecurityScheme> entry : new ArrayList<>(schemes.entrySet())) {
            if (entry.getValue().getType() == SecurityScheme.Type.OPENIDCONNECT) {
                openAPI.getComponents().addSecurityScheme(entry.getKey(), oauth2());
            }
        }
    }

    SecurityScheme oauth2() {
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm oas-tip. Member-state tools and systems use client credentials (their own"
                        + " client id and secret); people sign in with the authorization code flow and PKCE. Access is"
                        + " by Keycloak roles, not OAuth2 scopes: each operation names its roles in x-required-roles.")
                .flows(OASFactory.createOAuthFlows()
                        .clientCredentials(OASFactory.createOAuthFlow()
                                .tokenUrl(settings.tokenUrl())
                                .scopes(new LinkedHashMap<>()))
                        .authorizationCode(OASFactory.createOAuthFlow()
                                .authorizationUrl(settings.authorizationUrl())
                                .tokenUrl(settings.tokenUrl())
                                .scopes(new LinkedHashMap<>())));
    }

    private void operation(Operation operation, OpenAPI openAPI) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
        boolean secured = security != null && security.stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
        if (operation.getSecurity() != null) {
            roles(operation);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, APIResponse> declared = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        Map<String, APIResponse> all = new TreeMap<>(declared);
        ProblemComponents.STANDARD.forEach((status, component) -> {
            boolean applies = switch (status) {
                case "401", "403" -> secured;
                case "400", "413", "415" -> operation.getRequestBody() != null;
                case "429" -> settings.rateLimited();
                default -> true;
            };
            if (applies && !all.containsKey(status)) {
                all.put(status, OASFactory.createAPIResponse().ref(component));
            }
        });
        all.forEach((status, response) -> {
            problemSchema(response);
            Headers.typed(status, response);
        });
        responses.setAPIResponses(new LinkedHashMap<>(all));
        if (all.containsKey("428")) {
            Headers.requireIfMatch(operation);
        }
    }

    /**
     * Puts the path parameters first, in the order the path names them ({@code /cycles/{cycle}/assignments/{country}}:
     * cycle, then country), since SmallRye sorts them by name and generated clients take them in document order: a
     * call with cycle and country swapped would otherwise compile and fail as "Cycle ARG does not exist".
     */
    static void pathOrder(String path, Operation operation) {
        if (operation.getParameters() == null || operation.getParameters().size() < 2) {
            return;
        }
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> ordered = new ArrayList<>(operation.getParameters());
        ordered.sort(java.util.Comparator.comparingInt(parameter -> {
            boolean inPath = parameter.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH;
            int at = inPath && parameter.getName() != null ? path.indexOf("{" + parameter.getName() + "}") : -1;
            return at < 0 ? Integer.MAX_VALUE : at; // a stable sort keeps the other parameters as they were
        }));
        operation.setParameters(ordered);
    }

    /** Moves the roles SmallRye wrote as scopes to x-required-roles and the description; leaves empty scope lists. */
    private static void roles(Operation operation) {
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() == null) {
                continue;
            }
            Map<String, List<String>> emptied = new LinkedHashMap<>();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                emptied.put(scheme, new ArrayList<>());
            });
            requirement.setSchemes(emptied);
        }
        if (roles.isEmpty()) {
            return;
        }
        operation.addExtension(REQUIRED_ROLES, new ArrayList<>(roles));
        String sentence = "Requires role: " + oneOf(new ArrayList<>(roles)) + ".";
        String description = operation.getDescription();
        if (description == null || description.isBlank()) {
            operation.setDescription(sentence);
        } else if (!description.contains(sentence)) {
            operation.setDescription(description.strip() + (description.strip().endsWith(".") ? " " : ". ") + sentence);
        }
    }

    /** The names of the component responses the operations refer to. */
    private static Set<String> referencedResponses(OpenAPI openAPI) {
        Set<String> names = new LinkedHashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : operations(item)) {
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                            if (response.getRef() != null) {
                                names.add(response.getRef().substring(response.getRef().lastIndexOf('/') + 1));
                            }
                        }
                    }
                }
            }
        }
        return names;
    }

    static String oneOf(List<String> roles) {
        if (roles.size() == 1) {
            return roles.get(0);
        }
        return String.join(", ", roles.subList(0, roles.size() - 1)) + " or " + roles.get(roles.size() - 1);
    }

    private static void problemSchema(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        response.getContent().getMediaTypes().forEach((type, mediaType) -> {
            if (ProblemComponents.PROBLEM_JSON.equalsIgnoreCase(type) && mediaType != null && mediaType.getSchema() == null) {
                mediaType.setSchema(ProblemComponents.problemRef());
            }
        });
    }

    static List<Operation> operations(PathItem item) {
        return item.getOperations() == null ? List.of() : new ArrayList<>(item.getOperations().values());
    }
}
