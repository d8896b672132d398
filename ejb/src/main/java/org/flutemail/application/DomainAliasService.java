package org.flutemail.application;

import java.util.List;

/** Other names of a domain (issue 7): mail to x@alias is delivered to x@domain. */
public interface DomainAliasService {

    /** The alias names of the domain, sorted. */
    List<String> list(String domain);

    /**
     * Makes {@code alias} another name of {@code domain}. A name that is a domain or an alias already is
     * a conflict: one name, one meaning.
     */
    List<String> add(String domain, String alias);

    /** Removes the alias; mail to it is then refused as not local (or relayed by those who may). */
    List<String> remove(String domain, String alias);
}
