package org.oas.tip.defaults.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.defaults.ProblemTypes;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract filter on a small document shaped as SmallRye writes ours: a public read, role-guarded writes. */
class ContractFilterTest {

    private static final String SCHEME = "oas-tip";
    private static final String ITEM = "/api/x/v1/things/{code}";

    private OpenAPI openAPI;
    private Operation publicList;
    private Operation read;
    private Operation update;
    private Operation create;

    @BeforeEach
    void document() {
        publicList = OASFactory.createOperation().summary("List things")
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                        .addAPIResponse("400", problemWithoutSchema()));
        read = OASFactory.createOperation().summary("Read a thing")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of()));
        update = OASFactory.createOperation().summary("Change a thing").description("Replaces it")
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Changed"))
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Not your country"))
                        .addAPIResponse("428", problemWithoutSchema()))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of("tip-admin", "focal-point")));
        create = OASFactory.createOperation().summary("Create a thing")
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created")
                                .addHeader("X-Thing", OASFactory.createHeader().description("no schema"))
                                .addHeader("Location", OASFactory.createHeader().description("declared without schema"))))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of("tip-admin")));
        openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSecurityScheme(SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                                .openIdConnectUrl("http://localhost:8180/realms/oas-tip/.well-known/openid-configuration"))
                        .addSchema("HttpProblem", OASFactory.createSchema().addType(SchemaType.OBJECT)))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/x/v1/things", OASFactory.createPathItem().GET(publicList).POST(create))
                        .addPathItem(ITEM, OASFactory.createPathItem().GET(read).PUT(update)));
        new ContractFilter(ContractSettings.local()).filterOpenAPI(openAPI);
    }

    @Test
    void theSchemeIsOAuth2WithClientCredentialsAndAuthorizationCode() {
        SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get(SCHEME);
        assertEquals(SecurityScheme.Type.OAUTH2, scheme.getType());
        assertEquals("http://localhost:8180/realms/oas-tip/protocol/openid-connect/token",
                scheme.getFlows().getClientCredentials().getTokenUrl());
        assertEquals("http://localhost:8180/realms/oas-tip/protocol/openid-connect/auth",
                scheme.getFlows().getAuthorizationCode().getAuthorizationUrl());
        assertEquals(scheme.getFlows().getClientCredentials().getTokenUrl(), scheme.getFlows().getAuthorizationCode().getTokenUrl());
        assertTrue(scheme.getFlows().getClientCredentials().getScopes().isEmpty());
        assertNull(scheme.getFlows().getImplicit());
        assertNull(scheme.getFlows().getPassword());
    }

    @Test
    void rolesLeaveTheScopesForAnExtensionAndTheDescription() {
        assertEquals(List.of(), update.getSecurity().get(0).getScheme(SCHEME));
        assertEquals(List.of("tip-admin", "focal-point"), update.getExtensions().get(ContractFilter.REQUIRED_ROLES));
        assertEquals("Replaces it. Requires role: tip-admin or focal-point.", update.getDescription());
        assertEquals("Requires role: tip-admin.", create.getDescription());
        assertNull(read.getExtensions(), "authenticated without a role: no roles to name");
        assertNull(publicList.getSecurity(), "a public operation stays public");
    }

    @Test
    void securedOperationsGet401And403AndEveryOneGets429And5xx() {
        assertEquals("#/components/responses/Unauthorized", response(read, "401").getRef());
        assertEquals("#/components/responses/Forbidden", response(read, "403").getRef());
        assertNull(response(publicList, "401"));
        assertNull(response(publicList, "403"));
        for (Operation operation : List.of(publicList, read, update, create)) {
            assertEquals("#/components/responses/TooManyRequests", response(operation, "429").getRef());
            assertEquals("#/components/responses/InternalError", response(operation, "500").getRef());
            assertEquals("#/components/responses/Unavailable", response(operation, "503").getRef());
        }
        assertEquals("Not your country", response(update, "403").getDescription(), "a declared response is kept");
        assertEquals(List.of("200", "401", "403", "428", "429", "500", "503"),
                List.copyOf(update.getResponses().getAPIResponses().keySet()), "in status order");
        APIResponse unavailable = openAPI.getComponents().getResponses().get("Unavailable");
        assertNotNull(unavailable.getHeaders().get("Retry-After").getSchema());
        assertNotNull(openAPI.getComponents().getResponses().get("TooManyRequests").getHeaders().get("Retry-After"));
    }

    @Test
    void aSecondRunChangesNothingMore() {
        new ContractFilter(ContractSettings.local()).filterOpenAPI(openAPI);
        assertEquals("Replaces it. Requires role: tip-admin or focal-point.", update.getDescription());
        assertEquals(List.of("tip-admin", "focal-point"), update.getExtensions().get(ContractFilter.REQUIRED_ROLES));
        assertEquals(1, openAPI.getServers().size());
        assertEquals("#/components/responses/Unauthorized", response(read, "401").getRef());
        assertTrue(openAPI.getComponents().getResponses().containsKey("Unauthorized"), "still referred to, still there");
    }

    @Test
    void aStandardResponseNoOperationUsesIsNotKept() {
        Operation operation = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/p", OASFactory.createPathItem().GET(operation)));
        new ContractFilter(ContractSettings.local()).filterOpenAPI(doc);
        assertFalse(doc.getComponents().getResponses().containsKey("Unauthorized"), "no secured operation");
        assertTrue(doc.getComponents().getResponses().containsKey("InternalError"));
    }

    @Test
    void anOperationThatTakesABodyDocuments400And413And415() {
        Operation write = OASFactory.createOperation().requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        Operation read = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/p", OASFactory.createPathItem().GET(read).POST(write)));
        new ContractFilter(ContractSettings.local()).filterOpenAPI(doc);
        assertTrue(write.getResponses().getAPIResponses().keySet().containsAll(List.of("400", "413", "415")),
                write.getResponses().getAPIResponses().keySet().toString());
        assertFalse(read.getResponses().getAPIResponses().containsKey("415"));
    }

    @Test
    void withoutRateLimitNo429AndTheServerFromSettings() {
        Operation operation = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/p", OASFactory.createPathItem().GET(operation)));
        new ContractFilter(new ContractSettings("https://tip.oas.org", "t", "a", false)).filterOpenAPI(doc);
        assertNull(response(operation, "429"));
        assertFalse(doc.getComponents().getResponses().containsKey("TooManyRequests"));
        assertNotNull(response(operation, "503"));
        assertEquals("https://tip.oas.org", doc.getServers().get(0).getUrl());
    }

    @Test
    void problemJsonWithoutSchemaGetsTheProblemSchemaWithTheTypeList() {
        Schema schema = response(publicList, "400").getContent().getMediaType("application/problem+json").getSchema();
        assertEquals("#/components/schemas/Problem", schema.getRef());
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        List<Object> types = problem.getProperties().get("type").getEnumeration();
        assertEquals(ProblemTypes.all().size(), types.size());
        assertTrue(types.contains(ProblemTypes.VALIDATION.toString()));
        assertTrue(types.contains(ProblemTypes.INTERNAL.toString()));
        assertEquals(List.of("type", "title", "status", "detail", "instance", "requestId", "violations"),
                List.copyOf(problem.getProperties().keySet()));
        assertEquals("#/components/schemas/Violation", problem.getProperties().get("violations").getItems().getRef());
        assertFalse(openAPI.getComponents().getSchemas().containsKey("HttpProblem"), "the library's unused schema goes");
    }

    @Test
    void aForeignProblemSchemaIsRenamedAndItsReferencesFollow() {
        Schema foreign = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("linkId", OASFactory.createSchema().addType(SchemaType.STRING));
        OpenAPI doc = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("Problem", foreign)
                        .addSchema("Report", OASFactory.createSchema().addType(SchemaType.OBJECT)
                                .addProperty("problems", OASFactory.createSchema().addType(SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref("Problem")))))
                .paths(OASFactory.createPaths());
        new ContractFilter(ContractSettings.local()).filterOpenAPI(doc);
        assertEquals(foreign, doc.getComponents().getSchemas().get("ProblemEntry"));
        assertEquals("#/components/schemas/ProblemEntry",
                doc.getComponents().getSchemas().get("Report").getProperties().get("problems").getItems().getRef());
        assertTrue(doc.getComponents().getSchemas().get("Problem").getProperties().containsKey("status"));
    }

    @Test
    void headersAreTypedAndNamedWhereTheyAreSent() {
        assertEquals(List.of(SchemaType.STRING), response(create, "201").getHeaders().get("X-Thing").getSchema().getType());
        assertEquals("uri-reference", response(create, "201").getHeaders().get("Location").getSchema().getFormat());
        assertNotNull(response(update, "200").getHeaders().get("ETag"), "a change with If-Match answers the new version");
        assertNotNull(response(read, "200").getHeaders().get("ETag"), "the read of the same path gives the version to send");
        assertNull(response(publicList, "200").getHeaders(), "a list sends no ETag");
    }

    @Test
    void ifMatchIsRequiredWhere428IsAnswered() {
        Parameter ifMatch = update.getParameters().get(0);
        assertEquals(Boolean.TRUE, ifMatch.getRequired());
        Operation without = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("428", problemWithoutSchema()));
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/p", OASFactory.createPathItem().POST(without)));
        new ContractFilter(ContractSettings.local()).filterOpenAPI(doc);
        assertEquals("If-Match", without.getParameters().get(0).getName());
        assertEquals(Boolean.TRUE, without.getParameters().get(0).getRequired());
    }

    @Test
    void theEndpointsFollowTheRealm() {
        ContractSettings settings = ContractSettings.forRealm("https://api.example", "https://id.example/realms/r/", true);
        assertEquals("https://id.example/realms/r/protocol/openid-connect/token", settings.tokenUrl());
        assertEquals("https://id.example/realms/r/protocol/openid-connect/auth", settings.authorizationUrl());
    }

    @Test
    void theServerIsTheGateway() {
        assertEquals(1, openAPI.getServers().size());
        assertEquals("http://localhost:8080", openAPI.getServers().get(0).getUrl());
        assertTrue(openAPI.getServers().get(0).getDescription().contains("tip.openapi.server-url"));
    }

    @Test
    void rolesReadAsASentence() {
        assertEquals("a", ContractFilter.oneOf(List.of("a")));
        assertEquals("a, b or c", ContractFilter.oneOf(List.of("a", "b", "c")));
    }

    private static APIResponse response(Operation operation, String status) {
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        return responses.get(status);
    }

    @Test
    void pathParametersComeInTheOrderThePathNamesThem() {
        Operation save = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("country").in(Parameter.In.PATH))
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .addParameter(OASFactory.createParameter().name("cycle").in(Parameter.In.PATH))
                .addParameter(OASFactory.createParameter().name("mode").in(Parameter.In.QUERY));
        ContractFilter.pathOrder("/cycles/{cycle}/assignments/{country}/answers", save);
        assertEquals(List.of("cycle", "country", "If-Match", "mode"), save.getParameters().stream().map(Parameter::getName).toList());
    }

    private static APIResponse problemWithoutSchema() {
        return OASFactory.createAPIResponse().description("Problem")
                .content(OASFactory.createContent().addMediaType("application/problem+json", OASFactory.createMediaType()));
    }
}
