package org.flutemail.interfaces.webmail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The screens' texts for Java code (pages use {@code #{msg[...]}}): the same bundle, same language. */
@RequestScoped
public class Texts {

    static final String BUNDLE = "org.flutemail.interfaces.webmail.messages";

    @Inject
    Languages languages;

    public String get(String key, Object... arguments) {
        try {
            String text = ResourceBundle.getBundle(BUNDLE, languages.getCurrent()).getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, languages.getCurrent()).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** Shows the text to the user as a message of the page ({@code p:messages}). */
    public void notice(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, get(key, arguments), null));
    }
}
