package org.entente.teaching;

import org.entente.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code entente play} from the command line: options, errors and a piped script. */
class PlayCommandTest {
    private static final String SCENARIO = """
            scenario:
              name: Tariff split
              issues:
                - {id: tariff, interest: trade, min: 0, max: 100, step: 10, unit: "%"}
              parties:
                - id: china
                  preferences: {tariff: {direction: up}}
                - id: lesotho
                  reservation: 0.2
                  preferences: {tariff: {direction: down}}
            experiment:
              deadline: 6
              seed: 5
            """;

    @TempDir
    Path dir;
    private final InputStream stdin = System.in;
    final StringWriter out = new StringWriter(), err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    int play(String script, String... args) throws Exception {
        Path file = dir.resolve("split.yaml");
        Files.writeString(file, SCENARIO);
        System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        String[] all = new String[args.length + 2];
        all[0] = "play";
        all[1] = file.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void unknownPartyIsOneLineListingTheParties() throws Exception {
        assertThat(play("", "--as", "france")).isEqualTo(2);
        assertThat(err.toString().strip()).endsWith("no party 'france' in " + dir.resolve("split.yaml")
                + "; choose --as one of: china, lesotho");
    }

    @Test
    void unknownProtocolIsABadInput() throws Exception {
        assertThat(play("", "--as", "lesotho", "--protocol", "duel")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown protocol 'duel'; choose one of: alternating_offers,");
    }

    @Test
    void missingAsIsAUsageError() throws Exception {
        assertThat(play("")).isEqualTo(2);
        assertThat(err.toString()).contains("--as");
    }

    @Test
    void pipedScriptPlaysOnTheAgentsAndWritesTheDebrief() throws Exception {
        Path out1 = dir.resolve("session");
        int code = play("help\nbogus\nquit\n", "--as", "lesotho", "--out", out1.toString(), "--mc", "2");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("AGENDA: Tariff split")
                .contains("! unknown command 'bogus'")
                .contains("NO AGREEMENT").contains("(you walked away)")
                .contains("Agents in your seat (2 runs, strategy boulware)")
                .contains("Trace (rounds.csv format): " + out1.resolve("rounds.csv"));
        assertThat(out1.resolve("rounds.csv")).exists();
        assertThat(out1.resolve("debrief.txt")).exists();
        // the same directory again is refused unless --force
        assertThat(play("quit\n", "--as", "lesotho", "--out", out1.toString(), "--mc", "0")).isEqualTo(2);
        assertThat(err.toString()).contains(out1 + " already holds a session; use a new or empty --out directory, "
                + "or --force to write into it anyway");
    }

    @Test
    void anOutThatIsAFileIsRefusedBeforeTheSession() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(play("quit\n", "--as", "lesotho", "--out", notes.toString(), "--force")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("entente: " + notes + " exists and is not a directory; "
                + "use a new or empty --out directory");
        assertThat(out.toString()).doesNotContain("ENTENTE");
        assertThat(Files.readString(notes)).isEqualTo("mine");
    }
}
