package org.talentflow.app.http;

/** A request for something the store does not hold: a 404 with this message. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
