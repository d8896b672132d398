package org.flutemail.interfaces.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The administration texts for Java code (pages use {@code #{adm[...]}}), in the page's language. */
@RequestScoped
public class AdminTexts {

    static final String BUNDLE = "org.flutemail.interfaces.admin.messages";

    public String get(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            String text = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }

    void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
