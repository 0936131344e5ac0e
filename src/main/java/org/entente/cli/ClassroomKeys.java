package org.entente.cli;

import org.entente.classroom.Classroom;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** classroom's {@code --code --teacher-token-file}: how students (the join code) and the teacher (a token) get in. */
final class ClassroomKeys {
    @Option(names = "--code", paramLabel = "CODE", description = "the join code (4 to 12 letters and digits; default: random)")
    String code;

    @Option(names = "--teacher-token-file", paramLabel = "F",
            description = "read the teacher's token from F (default: random, printed)")
    Path tokenFile;

    /** The join code: --code in capitals, or a random one; exit 2 when --code is not 4 to 12 letters and digits. */
    String joinCode() {
        String joinCode = code != null ? code.strip().toUpperCase(Locale.ROOT) : Classroom.randomCode();
        if (!joinCode.matches("[A-Z0-9]{4,12}")) {
            throw new Main.UserError("--code must be 4 to 12 letters and digits, not '" + code + "'");
        }
        return joinCode;
    }

    /** The teacher's token: the first line of --teacher-token-file, or a random one; exit 2 when the file will not do. */
    String teacherToken() throws IOException {
        if (tokenFile == null) return Classroom.randomToken();
        if (!Files.isReadable(tokenFile)) throw new Main.UserError("cannot read the teacher's token from " + tokenFile);
        List<String> lines = Files.readAllLines(tokenFile, StandardCharsets.UTF_8);
        String token = lines.isEmpty() ? "" : lines.get(0).strip();
        if (!token.matches("[A-Za-z0-9._~-]{16,200}")) {
            throw new Main.UserError(tokenFile + ": the teacher's token must be one line of 16 to 200 letters, digits or . _ ~ -");
        }
        return token;
    }
}
