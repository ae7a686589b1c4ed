package nl.municipalnetworks.member.network;

import nl.municipalnetworks.commons.api.NetworkCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.municipalnetworks.commons.rules.NoticeRule;

/** Requests and responses of the network API. */
public final class NetworkDtos {

    private NetworkDtos() {
    }

    public record NetworkView(String code, String name, String description, GrowthTarget growthTarget,
                              NoticeRuleView noticeRule) {
        static NetworkView from(Network network) {
            GrowthTarget target = network.growthTarget == null ? null
                    : new GrowthTarget(network.growthBaseline, network.growthTarget);
            NoticeRule rule = network.noticeRule();
            NoticeRuleView notice = rule == null ? null
                    : new NoticeRuleView(network.noticeDeadline, network.noticeTakesEffect, rule.describe());
            return new NetworkView(network.code, network.name, network.description, target, notice);
        }
    }

    /** How a member leaves: notice received before {@code noticeBefore} takes effect on {@code takesEffectOn} of the next year. */
    public record NoticeRuleView(String noticeBefore, String takesEffectOn, String description) {
    }

    /** A notice rule as days of the year, written MM-DD, e.g. 09-01 and 01-01. */
    public record NoticeRuleData(
            @NotNull @Pattern(regexp = MONTH_DAY, message = MONTH_DAY_MESSAGE) String noticeBefore,
            @NotNull @Pattern(regexp = MONTH_DAY, message = MONTH_DAY_MESSAGE) String takesEffectOn) {
    }

    static final String MONTH_DAY = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
    static final String MONTH_DAY_MESSAGE = "must be a day of the year written MM-DD, e.g. 09-01";

    public record GrowthTarget(@Min(0) Integer baseline, @Min(1) Integer target) {
    }

    public record CreateNetwork(
            @NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Valid GrowthTarget growthTarget,
            @Valid NoticeRuleData noticeRule) {
    }
}
