package org.flutemail.contacts;

import java.util.List;

/** What a file gave: the cards that can be used, and one "line n: why" for each row or card skipped. */
public record ContactFile(List<ContactCard> cards, List<String> problems) {

    public ContactFile {
        cards = List.copyOf(cards);
        problems = List.copyOf(problems);
    }
}
