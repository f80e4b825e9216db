package org.talentflow.spark;

/**
 * An input, or part of one, that gave no article or could not be extracted or stored; reported by name with its
 * reason while the rest of the job goes on.
 *
 * @param fileIndex the input file's {@link InputFile#index}, -1 for an input that matched no file
 * @param ordinal   position among the items of that file
 * @param source    the file, "file.jsonl:17" for one line of it, or the article's name
 * @param reason    what is wrong, in words a user can act on
 */
record Failure(int fileIndex, long ordinal, String source, String reason) implements ReadItem, Outcome {

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
