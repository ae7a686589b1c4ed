package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the finance seed through finance-service's API. Municipalities are member-service's: their ids are looked up
 * there by name, and finance-service learns them from member-events, so right after the first start a fee scheme,
 * agreement or party may be answered 400 on the municipality until it has ({@link ApiClient#createOnceKnown}). Every
 * entry is looked up first (schemes by name, agreements by reference, parties by municipality or collector name), so a
 * load that stopped halfway picks up where it was, and a later seed adds only what is new.
 */
final class FinanceSeedLoader {

    /**
     * Written after a complete load. Its name changes with the seed ({@code -2}: the parties' billing details were
     * added), so that a local platform whose data holds an earlier seed loads the new entries on its next start.
     */
    static final String COMPLETE_MARKER = "data/finance-seed-2-complete";

    private final ApiClient financeApi;
    private final ApiClient memberApi;
    private final FinanceSeed seed;
    private final Path completeMarker;

    FinanceSeedLoader(ApiClient financeApi, ApiClient memberApi, FinanceSeed seed, Path completeMarker) {
        this.financeApi = financeApi;
        this.memberApi = memberApi;
        this.seed = seed;
        this.completeMarker = completeMarker;
    }

    void loadUnlessPresent(Console.Step step) {
        if (Files.exists(completeMarker)) {
            Console.info("finance seed already loaded (%s); skipped", completeMarker.getFileName());
            return;
        }
        Map<String, String> municipalityIds = new HashMap<>();
        for (JsonNode municipality : memberApi.getAllPages("/v1/municipalities?sort=name")) {
            municipalityIds.put(municipality.path("name").asText(), municipality.path("id").asText());
        }
        Map<String, String> schemeIds = new HashMap<>();
        Map<String, String> agreementIds = new HashMap<>();
        for (String network : seed.networks()) {
            for (JsonNode scheme : financeApi.getAllPages("/v1/fee-schemes?network=" + network + "&sort=name")) {
                schemeIds.put(scheme.path("name").asText(), scheme.path("id").asText());
            }
            for (JsonNode agreement : financeApi.getAllPages("/v1/agreements?network=" + network + "&sort=reference")) {
                agreementIds.put(agreement.path("reference").asText(), agreement.path("id").asText());
            }
        }
        int schemes = 0;
        for (FinanceSeed.Entry scheme : seed.feeSchemes(municipalityIds)) {
            if (!schemeIds.containsKey(scheme.name())) {
                JsonNode created = financeApi.createOnceKnown("/v1/fee-schemes", scheme.body(), "collectorMunicipalityId",
                        () -> step.detail("waiting for finance-service to learn the collecting municipality from member-events"));
                schemeIds.put(scheme.name(), created.path("id").asText());
                schemes++;
            }
        }
        int agreements = 0;
        for (FinanceSeed.Entry agreement : seed.agreements(municipalityIds, schemeIds)) {
            if (!agreementIds.containsKey(agreement.name())) {
                financeApi.createOnceKnown("/v1/agreements", agreement.body(), "payerMunicipalityId",
                        () -> step.detail("waiting for finance-service to learn the paying municipality from member-events"));
                agreements++;
            }
        }
        java.util.Set<String> partyKeys = new java.util.HashSet<>();
        for (JsonNode party : financeApi.getAllPages("/v1/parties?sort=legalName")) {
            for (String key : new String[]{"municipalityId", "collectorName"}) {
                if (party.path(key).isTextual()) {
                    partyKeys.add(party.path(key).asText());
                }
            }
        }
        int parties = 0;
        for (FinanceSeed.Entry party : seed.parties(municipalityIds)) {
            JsonNode body = party.body();
            boolean known = (body.path("municipalityId").isTextual() && partyKeys.contains(body.path("municipalityId").asText()))
                    || (body.path("collectorName").isTextual() && partyKeys.contains(body.path("collectorName").asText()));
            if (!known) {
                financeApi.createOnceKnown("/v1/parties", body, "municipalityId",
                        () -> step.detail("waiting for finance-service to learn the municipalities from member-events"));
                parties++;
            }
        }
        String counts = schemes + " fee schemes, " + agreements + " agreements, " + parties + " parties' billing details";
        Console.info("finance seed loaded: %s", counts);
        try {
            Files.createDirectories(completeMarker.getParent());
            Files.writeString(completeMarker, counts + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + completeMarker, e);
        }
    }
}
