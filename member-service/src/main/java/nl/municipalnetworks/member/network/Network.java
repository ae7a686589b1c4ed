package nl.municipalnetworks.member.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.municipalnetworks.commons.rules.NoticeRule;

import java.time.MonthDay;

/** A network of municipalities, such as M50 or G40. */
@Entity
@Table(name = "network")
public class Network {

    @Id
    public String code;

    public String name;

    public String description;

    /** Member count the growth target starts from (M50: 40); null when the network has no target. */
    @Column(name = "growth_baseline")
    public Integer growthBaseline;

    /** Member count the network wants to reach (M50: 50). */
    @Column(name = "growth_target")
    public Integer growthTarget;

    /** Notice received before this day (MM-DD) ... */
    @Column(name = "notice_deadline")
    public String noticeDeadline;

    /** ... takes effect on this day (MM-DD) of the next year. */
    @Column(name = "notice_takes_effect")
    public String noticeTakesEffect;

    /** The network's notice rule, or null when it states none. */
    public NoticeRule noticeRule() {
        if (noticeDeadline == null || noticeTakesEffect == null) {
            return null;
        }
        return new NoticeRule(MonthDay.parse("--" + noticeDeadline), MonthDay.parse("--" + noticeTakesEffect));
    }
}
