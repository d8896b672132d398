package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobReferences;

/**
 * One statement over every table that holds blob keys, so that it sees one committed state: a message
 * that moves from the spool into a mailbox in one transaction is never seen in neither. Each table has
 * an index on its key column (V54); a prefix is asked as a range, which the index serves whatever
 * the database's collation, as keys are lower-case hex.
 */
@ApplicationScoped
public class JpaBlobReferences implements BlobReferences {

    /** Table, key column, and what makes a row still need its content. */
    private record Holder(String table, String column, String stillNeeded) {

        /** {@code condition} names the key column {@code {key}}. */
        String select(String condition) {
            return "select " + column + " from " + table + " where " + stillNeeded + condition.replace("{key}", column);
        }
    }

    private static final List<Holder> HOLDERS = List.of(
            new Holder("mail_message", "blob_key", ""),
            new Holder("spooled_message", "blob_key", "state <> 'DONE' and "),
            new Holder("outbound_delivery", "blob_key", "state <> 'DONE' and "),
            new Holder("scheduled_message", "blob_key", ""),
            new Holder("held_post", "content_key", ""));

    private static final String IN_RANGE = union("{key} >= :low and {key} < :high");
    private static final String EQUAL = union("{key} = :key");

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Set<String> inUse(String prefix) {
        if (!BlobKey.prefixes().contains(prefix)) {
            throw new IllegalArgumentException("not a key prefix: " + prefix);
        }
        // 'g' follows every hex digit, so [prefix, prefix + "g") holds exactly the keys with that prefix.
        List<?> keys = em.createNativeQuery(IN_RANGE).setParameter("low", prefix).setParameter("high", prefix + "g")
                .getResultList();
        return keys.stream().map(Object::toString).collect(Collectors.toCollection(HashSet::new));
    }

    @Override
    public boolean inUse(BlobKey key) {
        return !em.createNativeQuery(EQUAL).setParameter("key", key.value()).setMaxResults(1).getResultList().isEmpty();
    }

    private static String union(String condition) {
        return HOLDERS.stream().map(h -> h.select(condition)).collect(Collectors.joining(" union all "));
    }
}
