package org.talentflow.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ProducerIteratorTest {

    @Test
    void pushedItemsArriveInOrderThenTheIteratorEnds() {
        ProducerIterator<Integer> items = new ProducerIterator<>("test", 2, sink -> {
            for (int i = 0; i < 100; i++) {
                sink.accept(i);
            }
        });

        List<Integer> seen = new ArrayList<>();
        items.forEachRemaining(seen::add);

        assertThat(seen).hasSize(100).isSorted();
        assertThat(items.hasNext()).isFalse();
    }

    @Test
    void producerFailureReachesTheConsumerAfterTheItemsBeforeIt() {
        ProducerIterator<String> items = new ProducerIterator<>("test", 4, sink -> {
            sink.accept("first");
            throw new IOException("disk gone");
        });

        assertThat(items.next()).isEqualTo("first");
        assertThatThrownBy(items::hasNext).hasRootCauseInstanceOf(IOException.class).hasMessageContaining("disk gone");
        assertThat(items.hasNext()).isFalse();
    }

    @Test
    void closeStopsAProducerWhoseItemsNobodyReads() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        ProducerIterator<Integer> items = new ProducerIterator<>("test", 1, sink -> {
            try {
                for (int i = 0; ; i++) {
                    sink.accept(i);
                }
            } finally {
                stopped.countDown();
            }
        });

        items.next();
        items.close();

        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
