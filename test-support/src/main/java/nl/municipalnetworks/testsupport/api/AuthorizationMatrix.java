package nl.municipalnetworks.testsupport.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.testsupport.openapi.OpenApiDocument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of a service's OpenAPI document x every caller of the realm x a target in the callers' own
 * network (M50, the municipality Zeist, whose official is zeist-official, the pillar sociaal that
 * m50-pillar-chair chairs) and in another network (G40: Deventer). The service's test writes the expected
 * verdicts as a table ({@link #same}, {@link #both}) and says how to send each operation about a target
 * ({@link Requests}); an operation of the document without a row fails the check, so a new endpoint cannot
 * be forgotten.
 *
 * <p>Allowed means the request passes authorization (any answer but 401/403, never 5xx); denied means 403
 * for a signed-in caller and 401 for an anonymous one. Requests should be built so that an allowed caller
 * changes nothing (the same data again, or a request refused after the access check, such as a conflict).
 */
public final class AuthorizationMatrix {

    /** The callers: every realm role, the two officials for own / other municipality, and no token. */
    public enum Who {
        ANONYMOUS(null), PLATFORM_ADMIN("platform-admin"), M50_SECRETARIAT("m50-secretariat"), M50_BOARD("m50-board"),
        M50_TREASURER("m50-treasurer"), M50_PILLAR_CHAIR("m50-pillar-chair"), ZEIST_OFFICIAL("zeist-official"),
        WAALWIJK_OFFICIAL("waalwijk-official"), PARTNER("platform31-partner"), G40_SECRETARIAT("g40-secretariat"),
        VNG_CLIENT(null);

        final String user;

        Who(String user) {
            this.user = user;
        }

        String token() {
            if (this == VNG_CLIENT) {
                return TestTokens.forClient("vng-network-client", "vng-network-client-secret");
            }
            return user == null ? null : TestTokens.forUser(user);
        }
    }

    /** Whom a request is about: the callers' own network (M50, Zeist) or another (G40, Deventer). */
    public enum Target { OWN, OTHER }

    public static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    public static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    /** Signed in as a person: every caller but the anonymous one and network-client (no personal data). */
    public static final Set<Who> PEOPLE = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS, Who.VNG_CLIENT));
    public static final Set<Who> ADMIN = EnumSet.of(Who.PLATFORM_ADMIN);
    public static final Set<Who> M50_SECRETARIAT = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT);
    public static final Set<Who> G40_SECRETARIAT = EnumSet.of(Who.PLATFORM_ADMIN, Who.G40_SECRETARIAT);
    public static final Set<Who> ANY_SECRETARIAT = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.G40_SECRETARIAT);
    /** Everyone who works for M50: its secretariat, board, treasurer, pillar chair, partner and member officials. */
    public static final Set<Who> M50_WORKERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.M50_BOARD,
            Who.M50_TREASURER, Who.M50_PILLAR_CHAIR, Who.PARTNER, Who.ZEIST_OFFICIAL, Who.WAALWIJK_OFFICIAL);

    /** How to send an operation about a target, with the caller's token already on {@code request}. */
    @FunctionalInterface
    public interface Requests {
        Response send(RequestSpecification request, String operation, Target target);
    }

    private final Map<String, Map<Target, Set<Who>>> expected = new LinkedHashMap<>();

    /** The same callers are allowed whichever network the request is about. */
    public AuthorizationMatrix same(String operation, Set<Who> allowed) {
        return both(operation, allowed, allowed);
    }

    public AuthorizationMatrix both(String operation, Set<Who> own, Set<Who> other) {
        if (expected.put(operation, Map.of(Target.OWN, own, Target.OTHER, other)) != null) {
            throw new IllegalArgumentException(operation + " has two rows");
        }
        return this;
    }

    /** Sends every row as every caller about both targets; fails listing every verdict that differs. */
    public void assertEveryOperationAnswersAsTheTableSays(Requests requests) {
        assertThat(new TreeSet<>(expected.keySet()))
                .as("every operation of the OpenAPI document has a row in the matrix, and every row an operation")
                .isEqualTo(OpenApiDocument.operations(OpenApiDocument.fetch()));
        Map<Who, String> tokens = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            String token = who.token();
            if (token != null) {
                tokens.put(who, token);
            }
        }
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, Map<Target, Set<Who>>> row : expected.entrySet()) {
            for (Target target : Target.values()) {
                for (Who who : Who.values()) {
                    RequestSpecification request = who == Who.ANONYMOUS ? given() : given().auth().oauth2(tokens.get(who));
                    Response response = requests.send(request, row.getKey(), target);
                    sent++;
                    int status = response.statusCode();
                    boolean allowed = row.getValue().get(target).contains(who);
                    int denial = who == Who.ANONYMOUS ? 401 : 403;
                    boolean ok = status < 500 && (allowed ? status != 401 && status != 403 : status == denial);
                    if (!ok) {
                        wrong.add(row.getKey() + " " + target + " as " + who + ": expected "
                                + (allowed ? "allowed" : String.valueOf(denial)) + ", got " + status + " " + response.body().asString());
                    }
                }
            }
        }
        System.out.printf("[authorization matrix] %d operations x %d callers x %d targets = %d requests%n",
                expected.size(), Who.values().length, Target.values().length, sent);
        assertThat(wrong).as("verdicts that differ from the table").isEmpty();
    }
}
