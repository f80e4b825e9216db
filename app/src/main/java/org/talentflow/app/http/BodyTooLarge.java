package org.talentflow.app.http;

/** A request body that passed {@link ApiServer#MAX_REQUEST_BYTES} while it was read: a 413, answered at once. */
final class BodyTooLarge extends RuntimeException {

    BodyTooLarge() {
        super(ApiServer.TOO_LARGE);
    }
}
