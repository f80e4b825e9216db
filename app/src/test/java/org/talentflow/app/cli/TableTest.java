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

        assertThat(columnOf(lines[2], "ByteDance")).isEqualTo(columnOf(lines[3], "Globex")).isEqualTo(columnOf(lines[0], "to"));
    }

    /** Where text starts as a terminal shows the line, a Han character taking two columns. */
    static int columnOf(String line, String text) {
        return line.substring(0, line.indexOf(text)).codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
    }
}
