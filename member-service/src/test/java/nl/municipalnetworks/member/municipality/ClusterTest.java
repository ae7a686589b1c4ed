package nl.municipalnetworks.member.municipality;

import nl.municipalnetworks.contracts.member.Platform31Clusters;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterTest {

    @Test
    void theClustersAreAnnouncedByTheNamesTheContractLists() {
        // Other services read the cluster from member-service's events by these names (contracts' Platform31Clusters).
        assertThat(Arrays.stream(Cluster.values()).map(Cluster::displayName)).containsExactlyElementsOf(Platform31Clusters.NAMES);
    }

    @Test
    void aClusterIsReadByItsNameInAnyCase() {
        assertThat(Cluster.parse(" werkstad ")).contains(Cluster.WERKSTAD);
        assertThat(Cluster.parse("STAD_IN_TRANSITIE")).contains(Cluster.STAD_IN_TRANSITIE);
        assertThat(Cluster.parse("Randstad")).isEmpty();
        assertThat(Platform31Clusters.canonical(" centrumstad met uitdagingen")).isEqualTo("Centrumstad met uitdagingen");
        assertThat(Platform31Clusters.canonical("Randstad")).isNull();
    }
}
