package org.flutemail.it.imaptest;

import java.util.List;

/** An untagged reply line of a script, with its list directives (defaults included) already in place. */
record ExpectedUntagged(Existence existence, List<ImapArg> args) {
}
