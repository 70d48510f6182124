package org.rehablawbot.index;

/**
 * Receives progress while the index is brought up to date, e.g. to draw a progress line. Called from the
 * updating thread; implementations should return quickly.
 */
@FunctionalInterface
public interface IndexProgress {

    /** What the update is doing. */
    enum Stage {
        /** Reading and checking the knowledge files; counts are files. */
        READING,
        /** Embedding the passages of new and changed files; counts are passages. */
        EMBEDDING,
        /** Writing and committing the index; counts are 0. */
        COMMITTING
    }

    /**
     * @param stage what is being done
     * @param done  how many items of the stage are done
     * @param total how many items the stage has
     */
    void update(Stage stage, int done, int total);

    /** Ignores all progress. */
    IndexProgress NONE = (stage, done, total) -> { };
}
