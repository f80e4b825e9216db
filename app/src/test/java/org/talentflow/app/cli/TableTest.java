package org.talentflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void aHanNameTakesTwoColumnsACharacterSoTheNextColumnLinesUp() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Table("person", "to").row("周畅 (Zhou Chang)", "ByteDance").row("Ann Lee", "Globex").print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");

        assertThat(Table.columns(lines[2].substring(0, lines[2].indexOf("ByteDance"))))
                .isEqualTo(lines[3].indexOf("Globex")).isEqualTo(lines[0].indexOf("to"));
    }
}
