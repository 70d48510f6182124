package org.rehablawbot.telegram;

import org.rehablawbot.knowledge.Language;

/** Every fixed text the bot sends, in English and Russian. Plain text: callers escape it for HTML. */
final class Texts {

    private Texts() {
    }

    static String start(Language l) {
        return l == Language.RU
                ? "Я отвечаю на вопросы о законах о реабилитации жертв политических репрессий советского времени "
                + "в Казахстане, Кыргызстане и Узбекистане (Россия — для контекста).\n\n"
                + "Мои знания — это проверенная модераторами подборка документов: законы, указы, официальные "
                + "страницы, новости, исследования и заявления, на русском и английском. Каждое утверждение в ответе "
                + "ссылается на источник [n]; мнения я передаю как «по словам …» с датой; если источники расходятся, "
                + "я показываю каждую версию и не выбираю между ними. Список документов: /sources.\n\n"
                + "Это не юридическая консультация: я пересказываю, что говорят источники, и указываю их даты.\n\n"
                + "Напишите вопрос обычным сообщением, например: «Когда в Кыргызстане приняли закон о реабилитации?»"
                : "I answer questions about the laws rehabilitating victims of Soviet-era political repression in "
                + "Kazakhstan, Kyrgyzstan and Uzbekistan (with Russia as context).\n\n"
                + "My knowledge is a moderated collection of documents: laws, decrees, official pages, news, research "
                + "and statements, in English and Russian. Every statement in an answer cites its source [n]; "
                + "opinions are given as \"according to …\" with their date; where sources disagree I show each side "
                + "and take none. The documents: /sources.\n\n"
                + "This is not legal advice: I report what the sources say, with their dates.\n\n"
                + "Send a question as a plain message, for example: \"When did Kyrgyzstan adopt its rehabilitation law?\"";
    }

    static String help(Language l, String username) {
        String at = username == null || username.isEmpty() ? "bot" : username;
        return l == Language.RU
                ? "Напишите вопрос обычным сообщением — я отвечу со ссылками на источники. Кнопка «Цитаты» под "
                + "ответом показывает процитированные места, 👍/👎 — ваша оценка ответа.\n\n"
                + "/start — что я умею и откуда мои знания\n"
                + "/sources — документы, которые я знаю\n"
                + "/lang — язык (en или ru)\n"
                + "/ask вопрос — задать вопрос (так же в группах)\n\n"
                + "В группе: /ask вопрос, упоминание @" + at + " или ответ на моё сообщение.\n"
                + "В любом чате: @" + at + " вопрос — и выберите ответ из списка.\n\n"
                + "Это не юридическая консультация."
                : "Send a question as a plain message and I answer with citations to my sources. The \"Quotes\" "
                + "button under an answer shows the cited passages; 👍/👎 rate the answer.\n\n"
                + "/start — what I do and where my knowledge comes from\n"
                + "/sources — the documents I know\n"
                + "/lang — language (en or ru)\n"
                + "/ask question — ask a question (also in groups)\n\n"
                + "In a group: /ask question, mention @" + at + ", or reply to one of my messages.\n"
                + "In any chat: type @" + at + " question and pick a result.\n\n"
                + "This is not legal advice.";
    }

    static String textOnly(Language l) {
        return l == Language.RU ? "Пожалуйста, пришлите вопрос текстом." : "Please send me your question as text.";
    }

    static String editedHint(Language l) {
        return l == Language.RU
                ? "Я отвечаю только на новые сообщения: пришлите исправленный вопрос новым сообщением."
                : "I answer new messages only: send your corrected question as a new message.";
    }

    static String unknownCommand(Language l) {
        return l == Language.RU ? "Такой команды нет. /help — что я умею." : "I don't know that command. /help lists what I can do.";
    }

    static String askUsage(Language l) {
        return l == Language.RU
                ? "Напишите вопрос после /ask, например: /ask Когда в Кыргызстане приняли закон о реабилитации?"
                : "Write your question after /ask, for example: /ask When did Kyrgyzstan adopt its rehabilitation law?";
    }

    static String busy(Language l) {
        return l == Language.RU
                ? "Я ещё отвечаю на ваши предыдущие сообщения. Пожалуйста, пришлите этот вопрос ещё раз через минуту."
                : "I am still answering your earlier messages. Please send this question again in a minute.";
    }

    static String failed(Language l) {
        return l == Language.RU
                ? "Не получилось ответить на этот вопрос из-за внутренней ошибки. Попробуйте ещё раз позже."
                : "Something went wrong while answering this question. Please try again later.";
    }

    static String chooseLanguage(Language l) {
        return l == Language.RU ? "Выберите язык / Choose the language:" : "Choose the language / Выберите язык:";
    }

    static String languageSet(Language l) {
        return l == Language.RU ? "Язык: русский." : "Language: English.";
    }

    static String languageUsage(Language l) {
        return l == Language.RU ? "Используйте /lang en или /lang ru." : "Use /lang en or /lang ru.";
    }

    static String languageName(Language l) {
        return l == Language.RU ? "Русский" : "English";
    }

    static String quotesButton(Language l) {
        return l == Language.RU ? "Цитаты" : "Quotes";
    }

    static String feedbackThanks(Language l) {
        return l == Language.RU ? "Спасибо за оценку!" : "Thank you for the feedback!";
    }

    static String feedbackAgain(Language l) {
        return l == Language.RU ? "Ваша оценка уже учтена." : "Your feedback is already recorded.";
    }

    static String expired(Language l) {
        return l == Language.RU
                ? "Этот ответ уже не в памяти. Задайте вопрос ещё раз."
                : "This answer is no longer in my memory. Please ask again.";
    }

    static String inlineHintTitle(Language l) {
        return l == Language.RU ? "Задайте вопрос о законах о реабилитации" : "Ask a question about rehabilitation laws";
    }

    static String inlineHintDescription(Language l) {
        return l == Language.RU
                ? "Напишите вопрос после имени бота; ответ придёт со ссылками на источники"
                : "Type a question after the bot's name; the answer comes with its sources";
    }

    static String inlineAnswerDescription(Language l, int sources) {
        return l == Language.RU ? "Ответ со ссылками, источников: " + sources : "Cited answer, " + sources + " source(s)";
    }

    static String inlineNoAnswerTitle(Language l) {
        return l == Language.RU ? "В моих источниках ответа нет" : "My sources have no answer";
    }

    /** Command descriptions for setMyCommands, in the order of {@link #COMMANDS}. */
    static String commandDescription(String command, Language l) {
        boolean ru = l == Language.RU;
        return switch (command) {
            case "start" -> ru ? "Что я умею и откуда мои знания" : "What I do and where my knowledge comes from";
            case "help" -> ru ? "Как задавать вопросы" : "How to ask questions";
            case "sources" -> ru ? "Документы, которые я знаю" : "The documents I know";
            case "lang" -> ru ? "Язык: en или ru" : "Language: en or ru";
            case "ask" -> ru ? "Задать вопрос (в группах)" : "Ask a question (in groups)";
            default -> command;
        };
    }

    static final String[] COMMANDS = {"start", "help", "sources", "lang", "ask"};
}
