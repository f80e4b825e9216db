package org.talentflow.core.source;

import java.io.IOException;

/** An input that is not an article (empty, binary, too large, malformed); the message is the reason. */
public final class UnreadableInput extends IOException {
    public UnreadableInput(String reason) {
        super(reason);
    }
}
