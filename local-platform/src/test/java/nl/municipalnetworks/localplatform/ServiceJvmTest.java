package nl.municipalnetworks.localplatform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ServiceJvmTest {

    @TempDir
    Path root;

    private Path jar() throws IOException {
        Files.createDirectories(root.resolve("runtime"));
        Files.writeString(root.resolve(ServiceJvm.OPTIONS_FILE), "-XX:+UseSerialGC\n");
        Path app = Files.createDirectories(root.resolve("member-service/target/quarkus-app"));
        return Files.writeString(app.resolve("quarkus-run.jar"), "");
    }

    @Test
    void theSharedOptionsFileAloneWhenTheBuildMadeNoArchive() throws IOException {
        Path jar = jar();

        assertEquals(List.of("@" + root.resolve(ServiceJvm.OPTIONS_FILE)), ServiceJvm.options(root, jar));
    }

    @Test
    void theClassDataArchiveOfAnOlderJdk() throws IOException {
        Path jar = jar();
        Files.writeString(jar.resolveSibling(ServiceJvm.CLASS_DATA_ARCHIVE), "");

        assertEquals(List.of("@" + root.resolve(ServiceJvm.OPTIONS_FILE), "-XX:SharedArchiveFile=app-cds.jsa"),
                ServiceJvm.options(root, jar));
    }

    @Test
    void theAotCacheWhenThereIsOne() throws IOException {
        Path jar = jar();
        Files.writeString(jar.resolveSibling(ServiceJvm.CLASS_DATA_ARCHIVE), "");
        Files.writeString(jar.resolveSibling(ServiceJvm.AOT_CACHE), "");

        assertEquals(List.of("@" + root.resolve(ServiceJvm.OPTIONS_FILE), "-XX:AOTCache=app.aot"), ServiceJvm.options(root, jar));
    }

    @Test
    void aModulesOwnOptionsComeAfterTheSharedOnesSoThatTheyWin() throws IOException {
        Path jar = jar();
        Files.writeString(root.resolve("runtime/member-service.jvm-options"), "-XX:TieredStopAtLevel=4\n");
        Files.writeString(root.resolve("runtime/gateway.jvm-options"), "-Xmx64m\n");

        assertEquals(List.of("@" + root.resolve(ServiceJvm.OPTIONS_FILE), "@" + root.resolve("runtime/member-service.jvm-options")),
                ServiceJvm.options(root, jar));
    }

    @Test
    void refusesToStartWithoutTheOptionsFile() throws IOException {
        Path jar = jar();
        Files.delete(root.resolve(ServiceJvm.OPTIONS_FILE));

        assertThrows(IllegalStateException.class, () -> ServiceJvm.options(root, jar));
    }
}
