package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only access tokens meant for finance-service get in, and a member official sees only its own municipality's
 * agreements, while the board of the network sees all of them.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class AccessApiTest {

    @Test
    void onlyAccessTokensMeantForFinanceServiceGetIn() {
        given().auth().oauth2(TestTokens.forUser("m50-treasurer")).get("/v1/fee-schemes?network=M50").then().statusCode(200);

        String idToken = TestTokens.idTokenForUser("m50-treasurer");
        given().auth().oauth2(idToken).get("/v1/fee-schemes?network=M50")
                .then().statusCode(401).contentType("application/problem+json");

        // Secretariat of M50, but the token is not meant for finance-service.
        String otherClient = TestTokens.forClient("audience-probe-client", "audience-probe-client-secret");
        assertThat(String.valueOf(TestTokens.claims(otherClient).get("aud"))).doesNotContain("finance-service");
        given().auth().oauth2(otherClient).get("/v1/agreements?network=M50")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anOfficialListsOnlyItsOwnMunicipalitysAgreements() {
        String scheme = FinanceApi.perInhabitantScheme("M50");
        FinanceApi.Member zeist = FinanceApi.member("M50", "Zeist", "GM0355", LocalDate.of(2019, 1, 1));
        FinanceApi.Member waalwijk = FinanceApi.member("M50", "Waalwijk", "GM0867", LocalDate.of(2019, 1, 1));
        String zeistAgreement = FinanceApi.agreement(scheme, zeist);
        String waalwijkAgreement = FinanceApi.agreement(scheme, waalwijk);

        List<String> seenByZeist = FinanceApi.as("zeist-official").get("/v1/agreements?network=M50&pageSize=100")
                .then().statusCode(200).extract().path("items.payer.cbsCode");
        assertThat(seenByZeist).isNotEmpty().containsOnly("GM0355");
        List<String> idsSeenByZeist = FinanceApi.as("zeist-official")
                .get("/v1/agreements?network=M50&pageSize=100&payerMunicipalityId=" + zeist.municipalityId())
                .then().statusCode(200).extract().path("items.id");
        assertThat(idsSeenByZeist).containsExactly(zeistAgreement);
        FinanceApi.as("zeist-official").get("/v1/agreements/" + waalwijkAgreement).then().statusCode(403)
                .contentType("application/problem+json");
        List<String> seenByBoard = FinanceApi.as("m50-board")
                .get("/v1/agreements?network=M50&pageSize=100&sort=-effectiveEnd,reference").then().statusCode(200)
                .extract().path("items.id");
        assertThat(seenByBoard).contains(zeistAgreement, waalwijkAgreement);
    }
}
