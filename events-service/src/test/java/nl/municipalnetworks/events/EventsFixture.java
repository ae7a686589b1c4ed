package nl.municipalnetworks.events;

import java.util.UUID;

/**
 * One of everything events-service keeps, in one network, for the tests that walk over every operation (authorization
 * matrix, generated bad input): a member municipality whose officials the realm has (Zeist in M50, Deventer in G40),
 * an OPEN event of the network for its members with a session, a live registration of an official of that member
 * (liveEmail) and a cancelled one (registrationId), a CANCELLED action item owned by that member (actionItemId), a
 * members' document (documentId, an agenda in plain text) and a withdrawn one (withdrawnDocumentId).
 */
public record EventsFixture(String network, EventsApi.Member member, String eventId, String sessionId, String liveEmail,
                            String registrationId, String actionItemId, String documentId, String withdrawnDocumentId) {

    public static EventsFixture create(String network, EventsApi.Member member) {
        String eventId = EventsApi.openEvent(network, "MEMBERS", 50);
        String sessionId = EventsApi.addSession(eventId, "Themasessie", 20);
        String liveEmail = "live-" + UUID.randomUUID() + "@example.nl";
        EventsApi.register("platform-admin", eventId, "Anouk de Vries", liveEmail, member.municipalityId(), null)
                .then().statusCode(201);
        String registrationId = EventsApi.register("platform-admin", eventId, "Bram 't Hooft", "cancelled-" + UUID.randomUUID() + "@example.nl",
                member.municipalityId(), null).then().statusCode(201).extract().path("id");
        EventsApi.as("platform-admin").post("/v1/events/" + eventId + "/registrations/" + registrationId + "/cancellation")
                .then().statusCode(200);
        String actionItemId = EventsApi.addActionItem("platform-admin", eventId, "Aanleveren begrotingswijziging",
                member.municipalityId(), EventsApi.inDays(20, 0).substring(0, 10)).then().statusCode(201).extract().path("id");
        EventsApi.as("platform-admin").body(java.util.Map.of("status", "CANCELLED"))
                .post("/v1/action-items/" + actionItemId + "/status-changes").then().statusCode(200);
        String documentId = EventsApi.uploadDocument("platform-admin", eventId, "AGENDA", "Agenda", null,
                new EventsApi.FilePart("Agenda.txt", "text/plain", "1. Opening\n2. Rondvraag\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .then().statusCode(201).extract().path("id");
        String withdrawnDocumentId = EventsApi.uploadDocument("platform-admin", eventId, "MINUTES", "Notulen (ingetrokken)", null,
                new EventsApi.FilePart("Notulen.txt", "text/plain", "Concept\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .then().statusCode(201).extract().path("id");
        EventsApi.as("platform-admin").delete("/v1/events/" + eventId + "/documents/" + withdrawnDocumentId).then().statusCode(204);
        return new EventsFixture(network, member, eventId, sessionId, liveEmail, registrationId, actionItemId, documentId,
                withdrawnDocumentId);
    }

    /** The value of a path parameter of an operation about this fixture. */
    public String idFor(String operation, String name) {
        return switch (name) {
            case "network" -> network;
            case "id" -> operation.contains("/v1/action-items/{id}") ? actionItemId : eventId;
            case "registrationId" -> registrationId;
            // Withdrawing and new versions go to the withdrawn document: an allowed caller gets 404 and changes nothing.
            case "documentId" -> operation.startsWith("DELETE ") || operation.endsWith("/versions") ? withdrawnDocumentId : documentId;
            default -> throw new IllegalArgumentException("No value for {" + name + "} in " + operation);
        };
    }
}
