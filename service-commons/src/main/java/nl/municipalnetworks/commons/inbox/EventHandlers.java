package nl.municipalnetworks.commons.inbox;

import io.smallrye.mutiny.Uni;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What one consumer does with each event type it cares about. Types not registered are skipped (acknowledged
 * without effect), so that a publisher may add types without breaking consumers that do not need them.
 * <pre>
 * EventHandlers handlers = new EventHandlers("pillar-service")
 *         .on(MembershipEnded.TYPE, MembershipEnded.class, participations::endForMembership);
 * </pre>
 */
public final class EventHandlers {

    private final String consumer;
    private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

    /** @param consumer the name under which the processed-event log remembers what this consumer applied */
    public EventHandlers(String consumer) {
        this.consumer = consumer;
    }

    public <T> EventHandlers on(String type, Class<T> body, Function<T, Uni<Void>> effect) {
        if (byType.putIfAbsent(type, new Handler<>(body, effect)) != null) {
            throw new IllegalArgumentException("Two handlers for " + type);
        }
        return this;
    }

    public String consumer() {
        return consumer;
    }

    public Set<String> types() {
        return byType.keySet();
    }

    Optional<Handler<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    record Handler<T>(Class<T> body, Function<T, Uni<Void>> effect) {

        @SuppressWarnings("unchecked")
        Uni<Void> apply(Object parsed) {
            return effect.apply((T) parsed);
        }
    }
}
