package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageStructure;
import org.flutemail.domain.MessageStructureRepository;

@ApplicationScoped
public class JpaMessageStructureRepository implements MessageStructureRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void add(MessageStructure structure) {
        em.persist(structure);
    }

    @Override
    public void addIfAbsent(MessageStructure structure) {
        boolean messageThere = em.createQuery("select count(m) from StoredMessage m where m.id = :id", Long.class)
                .setParameter("id", structure.messageId()).getSingleResult() > 0;
        if (messageThere && em.find(MessageStructure.class, structure.messageId()) == null) {
            em.persist(structure);
        }
    }

    @Override
    public void copy(long originalId, long copyId) {
        em.createNativeQuery("insert into message_structure (message_id, header, envelope, body, body_structure)"
                        + " select ?, header, envelope, body, body_structure from message_structure"
                        + " where message_id = ?")
                .setParameter(1, copyId).setParameter(2, originalId).executeUpdate();
    }

    @Override
    public Map<Long, MessageStructure> byMessageIds(Collection<Long> messageIds) {
        Map<Long, MessageStructure> found = new HashMap<>();
        for (List<Long> chunk : JpaMessageRepository.chunks(messageIds)) {
            em.createQuery("select s from MessageStructure s where s.messageId in :ids", MessageStructure.class)
                    .setParameter("ids", chunk).getResultStream().forEach(s -> found.put(s.messageId(), s));
        }
        return found;
    }

    @Override
    public Map<Long, byte[]> headersIn(Mailbox mailbox) {
        Map<Long, byte[]> headers = new HashMap<>();
        em.createQuery("select s.messageId, s.header from MessageStructure s, StoredMessage m"
                        + " where m.id = s.messageId and m.mailbox = :b and s.header is not null", Object[].class)
                .setParameter("b", mailbox).getResultStream()
                .forEach(row -> headers.put((Long) row[0], (byte[]) row[1]));
        return headers;
    }

    @Override
    public Map<Long, byte[]> headersByUid(Mailbox mailbox, long fromUid, long belowUid) {
        Map<Long, byte[]> headers = new LinkedHashMap<>();
        em.createQuery("select m.uid, s.header from StoredMessage m left join MessageStructure s on s.messageId = m.id"
                        + " where m.mailbox = :b and m.uid >= :from and m.uid < :below order by m.uid", Object[].class)
                .setParameter("b", mailbox).setParameter("from", fromUid).setParameter("below", belowUid)
                .getResultStream().forEach(row -> headers.put((Long) row[0], (byte[]) row[1]));
        return headers;
    }
}
