package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

import org.flutemail.domain.MessageStructure;
import org.flutemail.domain.MessageStructureRepository;

/**
 * Keeps structures prepared for messages stored before there were any, in a transaction of its own: two
 * sessions may prepare the same message at once, and the loser's failure must not fail its FETCH.
 */
@ApplicationScoped
public class MessageStructureBackfill {

    @Inject
    MessageStructureRepository structures;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(List<MessageStructure> prepared) {
        prepared.forEach(structures::addIfAbsent);
    }
}
