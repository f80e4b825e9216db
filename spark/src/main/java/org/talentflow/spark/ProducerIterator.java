package org.talentflow.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns a reader that pushes items to a callback (core's ArticleReader) into the iterator Spark pulls from, through a
 * small queue filled by a thread of its own: a file of any size streams through a task without sitting in memory.
 * The producer's exception, if any, is thrown by the consumer's next call. {@link #close()} stops a producer whose
 * items are no longer wanted (a killed task).
 */
final class ProducerIterator<T> implements Iterator<T>, AutoCloseable {

    /** Something that pushes all its items to the sink, then returns. */
    interface Producer<T> {
        void produce(Consumer<T> sink) throws Exception;
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private Object next;

    ProducerIterator(String name, int capacity, Producer<T> producer) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(() -> run(producer), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Producer<T> producer) {
        Object last = END;
        try {
            producer.produce(this::put);
        } catch (Stopped stopped) {
            return;
        } catch (Exception | Error e) {
            last = new Thrown(e);
        }
        try {
            queue.put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the reader", e);
            }
        }
        if (next instanceof Thrown thrown) {
            next = END;
            throw new IllegalStateException("reading failed: " + thrown.cause, thrown.cause);
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    private record Thrown(Throwable cause) {
    }

    /** Unwinds a producer that was told to stop. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
