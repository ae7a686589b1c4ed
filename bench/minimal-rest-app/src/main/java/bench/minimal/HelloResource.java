package bench.minimal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import java.util.List;
import java.util.Map;

/** One JSON list, like the public member list that bench/footprint.sh asks member-service for. */
@Path("/hello")
public class HelloResource {

    @GET
    public List<Map<String, String>> hello() {
        return List.of(Map.of("name", "Súdwest-Fryslân"), Map.of("name", "’s-Hertogenbosch"));
    }
}
