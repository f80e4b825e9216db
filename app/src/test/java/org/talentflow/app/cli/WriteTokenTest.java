package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where serve takes its write token from, and the warning when it is where anyone can read it. */
class WriteTokenTest {

    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(warnings, true, StandardCharsets.UTF_8);

    private String warned() {
        return warnings.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theEnvironmentVariableGivesTheTokenSilently() {
        assertThat(WriteToken.resolve(null, null, Map.of("TALENTFLOW_TOKEN", "from-env"), err)).isEqualTo("from-env");
        assertThat(warned()).isEmpty();
    }

    @Test
    void aTokenFileGivesItsContentWithoutTheLineEnd(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "from-file\n");

        assertThat(WriteToken.resolve(null, file, Map.of("TALENTFLOW_TOKEN", "from-env"), err)).isEqualTo("from-file");
        assertThat(warned()).isEmpty();
    }

    @Test
    void aTokenOnTheCommandLineStillWorksButIsWarnedAbout() {
        assertThat(WriteToken.resolve("from-args", null, Map.of(), err)).isEqualTo("from-args");
        assertThat(warned()).contains("warning").contains("--token").contains("ps").contains("--token-file")
                .contains("TALENTFLOW_TOKEN").doesNotContain("from-args");
    }

    @Test
    void noTokenAnywhereIsAReadOnlyServer() {
        assertThat(WriteToken.resolve(null, null, Map.of(), err)).isNull();
        assertThat(WriteToken.resolve(null, null, Map.of("TALENTFLOW_TOKEN", "  "), err)).isNull();
    }

    @Test
    void aMissingOrEmptyTokenFileAndBothOptionsAreErrors(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");

        assertThatThrownBy(() -> WriteToken.resolve(null, dir.resolve("missing"), Map.of(), err))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot read the token file");
        assertThatThrownBy(() -> WriteToken.resolve(null, empty, Map.of(), err)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> WriteToken.resolve("t", empty, Map.of(), err)).hasMessageContaining("not both");
    }
}
