package org.entente.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's classes can go into the launcher's class-data sharing archive: JDK 17 archives
 * only class files of version 50 (Java 6) or newer, and picocli's binary jar holds version 49, which is
 * why the build compiles picocli from its sources.
 */
class ArchivableClassesTest {
    @Test
    void picocliIsCompiledForThisJavaNotJava5() throws IOException {
        assertThat(majorVersion(CommandLine.class)).isGreaterThanOrEqualTo(61);
        assertThat(majorVersion(CommandLine.Model.CommandSpec.class)).isGreaterThanOrEqualTo(61);
    }

    private static int majorVersion(Class<?> c) throws IOException {
        String resource = "/" + c.getName().replace('.', '/') + ".class";
        try (InputStream in = c.getResourceAsStream(resource); DataInputStream data = new DataInputStream(in)) {
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
