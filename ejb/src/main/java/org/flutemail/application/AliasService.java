package org.flutemail.application;

import java.util.List;
import org.flutemail.application.Views.AliasView;

public interface AliasService {

    AliasView create(String address, List<String> targets);

    List<AliasView> list(String domain);

    AliasView get(String address);

    AliasView retarget(String address, List<String> targets);

    void delete(String address);

    /** The aliases that deliver to {@code account} (among their other targets), by address. */
    List<AliasView> pointingTo(String account);

    /**
     * Makes {@code alias} deliver to {@code account}: a new alias, or one more target of an existing one.
     * An alias that delivers there already is a conflict.
     */
    AliasView addFor(String account, String alias);

    /** Stops {@code alias} delivering to {@code account}; an alias left without targets is deleted. */
    void removeFor(String account, String alias);
}
