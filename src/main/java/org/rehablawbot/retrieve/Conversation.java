package org.rehablawbot.retrieve;

/**
 * What a conversation remembers between questions, for the console chat, Telegram and {@code eval} alike: the
 * context a follow-up completes (the previous question as completed when it was asked: "and in Kazakhstan?" after
 * a question on Kyrgyzstan's law), and the opening question, the last one that stood alone, which a later question
 * may point back to past the ones between ("а по маме, с которой я начала, куда ей идти?", "going back to my first
 * question").
 *
 * @param context the previous question as completed ({@link FollowUp#merge}), or null before the first question
 * @param opening the last question that stood alone, or null before the first question
 */
public record Conversation(String context, String opening) {

    /** A conversation before its first question. */
    public static final Conversation NEW = new Conversation(null, null);

    /**
     * The previous question to complete {@code question} from: the opening question when the question points back
     * to it ({@link FollowUp#pointsBack}), else the context.
     *
     * @param question the question as asked; may be null
     * @return the previous question, or null when there is none
     */
    public String previousFor(String question) {
        return opening != null && FollowUp.pointsBack(question) ? opening : context;
    }

    /**
     * The conversation after {@code question}: its context is the question as completed from {@link #previousFor};
     * its opening is the question itself when it stands alone ({@link FollowUp#isFollowUp}), else unchanged.
     *
     * @param question the question as asked, already cut to the length the pipeline reads; never null
     */
    public Conversation after(String question) {
        String previous = previousFor(question);
        boolean alone = !FollowUp.isFollowUp(question, previous);
        return new Conversation(FollowUp.merge(question, previous), alone ? question : opening);
    }
}
