package org.talentflow.spark;

import java.io.Serializable;

/**
 * One file of the job's input, numbered in the order the single-machine reader would read it, so the job can write
 * its moves in the same order as {@code talentflow extract}.
 *
 * @param index position in the expanded input list
 * @param uri   where it lives, on any Hadoop file system (file:, hdfs:, s3a:)
 * @param name  the file name, which core's reader uses for the article's name
 */
record InputFile(int index, String uri, String name) implements Serializable {
}
