package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.SignupRequest;
import org.flutemail.domain.SignupRequestRepository;
import org.flutemail.domain.SignupState;

@ApplicationScoped
public class JpaSignupRequestRepository implements SignupRequestRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<SignupRequest> byId(long id) {
        return Optional.ofNullable(em.find(SignupRequest.class, id));
    }

    @Override
    public List<SignupRequest> of(MailDomain domain, SignupState state) {
        // Two queries rather than "(:s is null or ...)": PostgreSQL cannot type a null parameter.
        String where = state == null ? "" : " and r.state = :s";
        var query = em.createQuery("select r from SignupRequest r where r.domain = :d" + where
                + " order by r.requestedAt desc, r.id desc", SignupRequest.class).setParameter("d", domain);
        return (state == null ? query : query.setParameter("s", state)).getResultList();
    }

    @Override
    public long pendingCount(MailDomain domain) {
        return em.createQuery("select count(r) from SignupRequest r where r.domain = :d and r.state = :s", Long.class)
                .setParameter("d", domain).setParameter("s", SignupState.PENDING).getSingleResult();
    }

    @Override
    public boolean pendingFor(String address) {
        return !em.createQuery("select r.id from SignupRequest r where r.address = :a and r.state = :s", Long.class)
                .setParameter("a", address).setParameter("s", SignupState.PENDING).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void add(SignupRequest request) {
        em.persist(request);
    }

    @Override
    public int removeDecidedBefore(Instant cutoff) {
        return em.createQuery("delete from SignupRequest r where r.state <> :s and r.decidedAt < :c")
                .setParameter("s", SignupState.PENDING).setParameter("c", cutoff).executeUpdate();
    }
}
