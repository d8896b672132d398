package org.flutemail.interfaces.admin;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.flutemail.domain.AccessDeniedException;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.NotFoundException;

/**
 * Runs a screen's action and turns what the application refuses (not allowed, not found, conflict,
 * invalid input) into a message on the page instead of an error page.
 */
@RequestScoped
public class ScreenActions {

    @Inject
    AdminTexts texts;

    /** True when the action went through; then {@code doneKey} is shown with {@code arguments}. */
    boolean run(Runnable action, String doneKey, Object... arguments) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }, doneKey, arguments) != null;
    }

    /** A listing for the page; empty (with the refusal shown) when the application refuses it. */
    <T> java.util.List<T> listing(Supplier<java.util.List<T>> action) {
        java.util.List<T> found = attempt(action, null);
        return found == null ? java.util.List.of() : found;
    }

    <T> T attempt(Supplier<T> action, String doneKey, Object... arguments) {
        try {
            T result = action.get();
            if (doneKey != null) {
                texts.info(doneKey, arguments);
            }
            return result;
        } catch (EJBException e) {
            return refused(e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    private <T> T refused(Throwable e) {
        if (e instanceof AccessDeniedException) {
            texts.error(texts.get("error.forbidden"));
        } else if (e instanceof NotFoundException || e instanceof ConflictException
                || e instanceof IllegalArgumentException) {
            texts.error(e.getMessage());
        } else if (e instanceof RuntimeException r) {
            throw r;
        } else {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
