package org.talentflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.storage.MoveStore;

class PersonCommandTest {

    @Test
    void aChinesePersonIsFoundByTheCharactersOrThePinyin(@TempDir Path db) {
        String sentence = "郄小虎离开Acme，加入Globex。";
        Document d = new Document("zh.txt", null, null, null, sentence);
        try (MoveStore store = MoveStore.open(db.toString())) {
            store.save(d, List.of(new Move("郄小虎", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, "2025-02",
                    0.9, new Evidence(d.name(), sentence, 0, sentence.length()))));
        }

        for (String name : List.of("Qie Xiaohu", "Xiaohu Qie", "郄小虎")) {
            CommandRun person = CommandRun.of("person", name, "--db", db.toString());
            assertThat(person.exitCode()).as(name + ": " + person.err()).isZero();
            assertThat(person.out()).startsWith("郄小虎").contains("Qie Xiaohu").contains("Acme -> Globex");
        }
    }
}
