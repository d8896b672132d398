package org.flutemail.interfaces.webmail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The screens' language: the one the user picked in this session, else the best match for the
 * browser's Accept-Language among the supported ones (faces-config.xml), else English.
 */
@Named
@RequestScoped
public class Languages {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    @Inject
    WebmailSession session;

    public Locale getCurrent() {
        if (session.getLocale() != null) {
            return session.getLocale();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale calculated = faces.getApplication().getViewHandler().calculateLocale(faces);
        return SUPPORTED.contains(calculated) ? byLanguage(faces.getExternalContext().getRequestLocales(), calculated)
                : calculated;
    }

    /**
     * The first supported language the browser asks for, matched by language alone: Faces matches
     * {@code zh} to no {@code zh_CN}, so a browser that sends only {@code zh} would get English.
     */
    static Locale byLanguage(java.util.Iterator<Locale> wanted, Locale otherwise) {
        while (wanted.hasNext()) {
            Locale w = wanted.next();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(w.getLanguage())) {
                    return supported;
                }
            }
        }
        return otherwise;
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches to the language tag {@code tag} if it is supported, and shows the same page again. */
    public String switchTo(String tag) {
        Locale wanted = Locale.forLanguageTag(tag);
        SUPPORTED.stream().filter(l -> l.toLanguageTag().equals(wanted.toLanguageTag())).findFirst()
                .ifPresent(session::setLocale);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getCurrent());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true";
    }

    /** The language's own name for itself, as a switcher shows it. */
    public String nameOf(Locale locale) {
        return locale.getDisplayLanguage(locale);
    }
}
