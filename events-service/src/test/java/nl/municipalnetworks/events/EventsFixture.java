package nl.municipalnetworks.events;

import java.util.UUID;

/**
 * One of everything events-service keeps, in one network, for the tests that walk over every operation (authorization
 * matrix, generated bad input): a member municipality whose officials the realm has (Zeist in M50, Deventer in G40),
 * an OPEN event of the network for its members with a session, a live registration of an official of that member
 * (liveEmail) and a cancelled one (registrationId).
 */
public record EventsFixture(String network, EventsApi.Member member, String eventId, String sessionId, String liveEmail,
                            String registrationId) {

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
        return new EventsFixture(network, member, eventId, sessionId, liveEmail, registrationId);
    }

    /** The value of a path parameter of an operation about this fixture. */
    public String idFor(String operation, String name) {
        return switch (name) {
            case "network" -> network;
            case "id" -> eventId;
            case "registrationId" -> registrationId;
            default -> throw new IllegalArgumentException("No value for {" + name + "} in " + operation);
        };
    }
}
