package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageListing;
import org.flutemail.domain.StoredMessage;

@ApplicationScoped
public class JpaMessageListing implements MessageListing {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public long count(Mailbox mailbox) {
        return em.createQuery("select count(m) from StoredMessage m where m.mailbox = :b", Long.class)
                .setParameter("b", mailbox).getSingleResult();
    }

    @Override
    public List<StoredMessage> page(Mailbox mailbox, Column column, boolean ascending, int first, int max) {
        String direction = ascending ? " asc" : " desc";
        // The column name comes from the enum, never from the request, so building the text is safe.
        String order = "m." + attribute(column) + direction + ", m.uid" + direction;
        return em.createQuery("select m from StoredMessage m where m.mailbox = :b order by " + order,
                StoredMessage.class)
                .setParameter("b", mailbox).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultList();
    }

    private static String attribute(Column column) {
        switch (column) {
            case SENDER:
                return "from";
            case SUBJECT:
                return "subject";
            case SIZE:
                return "size";
            case ARRIVAL:
            default:
                return "internalDate";
        }
    }
}
