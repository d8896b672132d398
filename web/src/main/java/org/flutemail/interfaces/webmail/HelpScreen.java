package org.flutemail.interfaces.webmail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The online help: one page per main screen, its text in the screens' bundle ({@code help.<topic>.title}
 * and {@code help.<topic>.body}, paragraphs separated by blank lines). Each screen links to its own
 * topic through the page template ({@link #forView}); the reading view links to {@code reading}.
 */
@Named
@RequestScoped
public class HelpScreen {

    /** The topics in the order the help page lists them. */
    static final List<String> TOPICS = List.of("mail", "reading", "compose", "contacts", "settings", "scheduled");

    private static final Map<String, String> BY_VIEW = Map.of("/mail.xhtml", "mail", "/compose.xhtml", "compose",
            "/contacts.xhtml", "contacts", "/settings.xhtml", "settings", "/scheduled.xhtml", "scheduled");

    @Inject
    Texts texts;

    private String topic;

    /** The topic of the page being shown, or null for a page without help (login, password). */
    public String getForView() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return BY_VIEW.get(view);
    }

    public List<String> getTopics() {
        return TOPICS;
    }

    public String getTopic() {
        return topic != null && TOPICS.contains(topic) ? topic : "mail";
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String title(String of) {
        return texts.get("help." + of + ".title");
    }

    public List<String> getParagraphs() {
        return Arrays.stream(texts.get("help." + getTopic() + ".body").split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }
}
