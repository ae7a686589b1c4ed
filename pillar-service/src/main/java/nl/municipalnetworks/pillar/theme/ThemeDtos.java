package nl.municipalnetworks.pillar.theme;

import nl.municipalnetworks.commons.api.NetworkCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.pillar.api.Params;

import java.util.List;
import java.util.UUID;

public final class ThemeDtos {

    private ThemeDtos() {
    }

    public record ThemeData(@NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
                            @NotBlank @Pattern(regexp = Params.CODE, message = Params.CODE_REASON) @Size(max = 60) String code,
                            UUID pillarId,
                            @NotBlank @Size(max = 200) String name,
                            @Size(max = 4000) String description) {
    }

    public record NewReference(@NotNull UUID otherThemeId) {
    }

    public record ThemeSummary(UUID id, String code, String name) {
    }

    public record ThemeView(UUID id, String network, String code, UUID pillarId, String name, String description,
                            List<ThemeSummary> touches) {
    }

    /** A network's pillars and themes as a graph a front end can draw. */
    public record ThemeGraph(String network, List<Node> nodes, List<Edge> edges) {

        /** kind: PILLAR or THEME. */
        public record Node(UUID id, String kind, String code, String name) {
        }

        /** kind: BELONGS_TO (theme to its pillar, directed) or TOUCHES (between themes, undirected). */
        public record Edge(UUID from, UUID to, String kind) {
        }
    }
}
