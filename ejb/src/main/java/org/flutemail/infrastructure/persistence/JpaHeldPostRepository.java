package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.HeldPost;
import org.flutemail.domain.HeldPostRepository;
import org.flutemail.domain.MailingList;

@ApplicationScoped
public class JpaHeldPostRepository implements HeldPostRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<HeldPost> heldFor(MailingList list) {
        return em.createQuery("select p from HeldPost p where p.list = :l order by p.heldAt, p.id", HeldPost.class)
                .setParameter("l", list).getResultList();
    }

    @Override
    public Optional<HeldPost> byId(long id) {
        return Optional.ofNullable(em.find(HeldPost.class, id));
    }

    @Override
    public void add(HeldPost post) {
        em.persist(post);
    }

    @Override
    public void remove(HeldPost post) {
        em.remove(post);
    }
}
