package org.talentflow.spark;

import java.io.Serializable;

/** What reading an input file yields, in file order: an article, or a part of the file that is not one. */
sealed interface ReadItem extends Serializable permits Article, Failure {
}
