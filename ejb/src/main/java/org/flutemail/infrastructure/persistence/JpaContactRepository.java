package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.Contact;
import org.flutemail.domain.ContactGroup;
import org.flutemail.domain.ContactRepository;

@ApplicationScoped
public class JpaContactRepository implements ContactRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<Contact> contacts(Account account) {
        return em.createQuery("select c from Contact c where c.account = :a order by c.name, c.id", Contact.class)
                .setParameter("a", account).getResultList();
    }

    @Override
    public Optional<Contact> contact(Account account, long id) {
        return em.createQuery("select c from Contact c where c.account = :a and c.id = :id", Contact.class)
                .setParameter("a", account).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Contact> matching(Account account, String prefix, int limit) {
        // Addresses are stored lower-cased; names are compared lower-cased here.
        String like = escaped(prefix.toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("select distinct c from Contact c join c.addresses e where c.account = :a"
                + " and (lower(c.name) like :p escape '!' or e like :p escape '!') order by c.name", Contact.class)
                .setParameter("a", account).setParameter("p", like).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Contact> withAddress(Account account, String address) {
        return em.createQuery("select distinct c from Contact c join c.addresses e where c.account = :a"
                + " and e = :e", Contact.class).setParameter("a", account).setParameter("e", address).getResultList();
    }

    @Override
    public void add(Contact contact) {
        em.persist(contact);
    }

    @Override
    public void remove(Contact contact) {
        groupsOf(contact).forEach(g -> g.remove(contact));
        em.remove(contact);
    }

    @Override
    public List<ContactGroup> groups(Account account) {
        return em.createQuery("select g from ContactGroup g where g.account = :a order by g.name", ContactGroup.class)
                .setParameter("a", account).getResultList();
    }

    @Override
    public Optional<ContactGroup> group(Account account, long id) {
        return em.createQuery("select g from ContactGroup g where g.account = :a and g.id = :id", ContactGroup.class)
                .setParameter("a", account).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<ContactGroup> groupNamed(Account account, String name) {
        return em.createQuery("select g from ContactGroup g where g.account = :a and lower(g.name) = :n",
                ContactGroup.class).setParameter("a", account).setParameter("n", name.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public List<ContactGroup> groupsOf(Contact contact) {
        return em.createQuery("select g from ContactGroup g join g.members m where m = :c order by g.name",
                ContactGroup.class).setParameter("c", contact).getResultList();
    }

    @Override
    public void add(ContactGroup group) {
        em.persist(group);
    }

    @Override
    public void remove(ContactGroup group) {
        em.remove(group);
    }

    /** A LIKE pattern's own characters taken literally ('!' is the escape). */
    static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
