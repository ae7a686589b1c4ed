package nl.municipalnetworks.localservers;

import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

import java.net.BindException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

    @Test
    void aPortTakenMeanwhileIsRecognisedAnywhereInTheCauses() {
        assertThat(KafkaBroker.portWasTaken(new ExecutionException(new KafkaException("Socket server failed to bind",
                new BindException("Address already in use"))))).isTrue();
        assertThat(KafkaBroker.portWasTaken(new KafkaException(
                "Socket server failed to bind to 127.0.0.1:40121: Address already in use."))).isTrue();
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThat(KafkaBroker.portWasTaken(new IllegalStateException("log directory is not writable"))).isFalse();
        assertThat(KafkaBroker.portWasTaken(new ExecutionException(new KafkaException("timed out")))).isFalse();
    }
}
