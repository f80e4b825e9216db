package org.talentflow.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.extract.TimeBudget;

/** A document over its time fails by name with the stage it stopped at; the documents after it are extracted. */
class BatchExtractorTest {

    @Test
    void aDocumentOverItsTimeIsAFailureByNameAndTheBatchGoesOn() {
        List<String> extracted = new ArrayList<>();
        List<BatchExtractor.Failure> failed = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        try (BatchExtractor batch = new BatchExtractor(d -> {
            if (d.name().equals("slow")) {
                new TimeBudget(Duration.ofSeconds(60), () -> clock.getAndAdd(61_000_000_000L)).check("parse");
            }
            return new DocumentMoves(d, List.of(), List.of());
        }, 2, found -> extracted.add(found.document().name()), failed::add)) {
            for (String name : List.of("first", "slow", "last")) {
                batch.accept(new Document(name, null, null, null, "text"));
            }
        }

        assertThat(extracted).containsExactly("first", "last");
        assertThat(failed).containsExactly(new BatchExtractor.Failure("slow", "took over 60 s at stage parse"));
    }
}
