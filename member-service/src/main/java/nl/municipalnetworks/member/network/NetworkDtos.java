package nl.municipalnetworks.member.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Requests and responses of the network API. */
public final class NetworkDtos {

    private NetworkDtos() {
    }

    public record NetworkView(String code, String name, String description, GrowthTarget growthTarget) {
        static NetworkView from(Network network) {
            GrowthTarget target = network.growthTarget == null ? null
                    : new GrowthTarget(network.growthBaseline, network.growthTarget);
            return new NetworkView(network.code, network.name, network.description, target);
        }
    }

    public record GrowthTarget(@Min(0) Integer baseline, @Min(1) Integer target) {
    }

    public record CreateNetwork(
            @NotBlank @Pattern(regexp = "[A-Z0-9]{2,20}", message = "must be 2-20 capitals or digits, e.g. M50") String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Valid GrowthTarget growthTarget) {
    }
}
