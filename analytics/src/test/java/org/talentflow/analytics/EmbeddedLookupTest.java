package org.talentflow.analytics;

import org.junit.jupiter.api.io.TempDir;
import org.talentflow.storage.MoveStore;

import java.nio.file.Path;

/** The lookups on the embedded H2 store in a folder. */
class EmbeddedLookupTest extends LookupContract {

    @TempDir
    Path folder;

    @Override
    MoveStore openFresh() {
        return MoveStore.open(folder.toString());
    }
}
