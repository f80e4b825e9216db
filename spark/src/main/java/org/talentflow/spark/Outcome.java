package org.talentflow.spark;

import java.io.Serializable;

/** What extraction yields for one read item: the article's moves, or a failure to report. */
sealed interface Outcome extends Serializable permits Extracted, Failure {
}
