package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.flutemail.application.AuditLog;
import org.flutemail.application.MailingListService;
import org.flutemail.application.RecipientDirectory;
import org.flutemail.application.Views.HeldPostView;
import org.flutemail.application.Views.ListView;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.HeldPost;
import org.flutemail.domain.HeldPostRepository;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.ListReplyTo;
import org.flutemail.domain.ListUnsubscribeToken;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.MailingList;
import org.flutemail.domain.MailingListRepository;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.PostingPolicy;
import org.flutemail.pipeline.RecipientStatus;

@Stateless
public class DefaultMailingListService implements MailingListService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditLog audit;

    @Inject
    AddressClaims claims;

    @Inject
    MailingListRepository lists;

    @Inject
    HeldPostRepository held;

    @Inject
    RecipientDirectory directory;

    @Inject
    ListDistributor distributor;

    @Inject
    BlobStore blobs;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public ListView create(ListSettings settings) {
        if (settings.address() == null) {
            throw new InvalidRequestException("a list needs an address");
        }
        EmailAddress parsed = EmailAddress.parse(settings.address());
        MailDomain domain = lookups.domain(parsed.domain());
        String canonical = parsed.toString();
        claims.requireUnclaimed(canonical);
        MailingList list = new MailingList(domain, parsed, settings.name(), newSecret(), clock.instant());
        apply(list, settings);
        lists.add(list);
        ListView created = view(list);
        audit.record("list.create", canonical, domain.name(), Changes.describe(created));
        return created;
    }

    @Override
    public List<ListView> list(String domain) {
        return lists.list(lookups.domainFilter(domain)).stream().map(this::view).toList();
    }

    @Override
    public ListView get(String address) {
        return view(find(address));
    }

    @Override
    public ListView update(String address, ListSettings settings) {
        MailingList list = find(address);
        ListView before = view(list);
        if (settings.name() != null) {
            list.rename(settings.name());
        }
        apply(list, settings);
        return audited("list.update", list, before);
    }

    @Override
    public void delete(String address) {
        MailingList list = find(address);
        ListView gone = view(list);
        held.heldFor(list).forEach(held::remove);
        audit.record("list.delete", gone.address(), list.domain().name(), Changes.describe(gone));
        lists.remove(list);
    }

    @Override
    public ListView addMember(String address, String member) {
        MailingList list = find(address);
        ListView before = view(list);
        if (!list.addMember(member(member))) {
            throw new ConflictException(EmailAddress.parse(member) + " is a member of " + list.address() + " already");
        }
        return audited("list.member.add", list, before);
    }

    @Override
    public ListView removeMember(String address, String member) {
        MailingList list = find(address);
        ListView before = view(list);
        String canonical = EmailAddress.parse(member).toString();
        if (!list.removeMember(canonical)) {
            throw new NotFoundException(canonical + " is no member of " + list.address());
        }
        return audited("list.member.remove", list, before);
    }

    @Override
    public List<HeldPostView> held(String address) {
        return held.heldFor(find(address)).stream().map(DefaultMailingListService::view).toList();
    }

    @Override
    public void approve(String address, long heldPost) {
        approve(findHeld(address, heldPost));
    }

    @Override
    public void reject(String address, long heldPost) {
        reject(findHeld(address, heldPost));
    }

    @Override
    public List<HeldPostView> heldForModerator(String moderator) {
        String canonical = EmailAddress.parse(moderator).toString();
        return lists.moderatedBy(canonical).stream().flatMap(l -> held.heldFor(l).stream())
                .map(DefaultMailingListService::view).toList();
    }

    @Override
    public void approveAsModerator(String moderator, long heldPost) {
        approve(findModerated(moderator, heldPost));
    }

    @Override
    public void rejectAsModerator(String moderator, long heldPost) {
        reject(findModerated(moderator, heldPost));
    }

    private void approve(HeldPost post) {
        try {
            distributor.distribute(post.list(), () -> blobs.open(post.content()), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the held post " + post.id(), e);
        }
        audit.record("list.held.approve", post.list().address(), post.list().domain().name(),
                Changes.describe(view(post)));
        held.remove(post);
    }

    private void reject(HeldPost post) {
        audit.record("list.held.reject", post.list().address(), post.list().domain().name(),
                Changes.describe(view(post)));
        held.remove(post);
    }

    /** A post of another list is "not found", not "forbidden": a moderator learns nothing of other lists. */
    private HeldPost findModerated(String moderator, long id) {
        String canonical = EmailAddress.parse(moderator).toString();
        return held.byId(id).filter(p -> p.list().moderators().contains(canonical))
                .orElseThrow(() -> new NotFoundException("no held post " + id + " of a list you moderate"));
    }

    @Override
    public String unsubscribe(String token) {
        ListUnsubscribeToken.Claim claim = ListUnsubscribeToken.read(token)
                .orElseThrow(() -> new NotFoundException("no such unsubscribe link"));
        MailingList list = lists.byAddress(claim.list())
                .filter(l -> ListUnsubscribeToken.verify(claim, l.secret()))
                .orElseThrow(() -> new NotFoundException("no such unsubscribe link"));
        ListView before = view(list);
        if (!list.removeMember(claim.member())) {
            throw new NotFoundException(claim.member() + " is no member of " + list.address() + " any more");
        }
        audited("list.member.unsubscribe", list, before);
        return list.address();
    }

    private void apply(MailingList list, ListSettings s) {
        list.describe(s.description() == null ? list.description() : s.description());
        list.setPosting(s.postingPolicy() == null ? list.postingPolicy() : choice(PostingPolicy.class, "postingPolicy",
                s.postingPolicy()), s.refuseOthers() == null ? list.refuseOthers() : s.refuseOthers());
        if (s.replyTo() != null) {
            list.setReplyTo(choice(ListReplyTo.class, "replyTo", s.replyTo()));
        }
        if (s.subjectPrefix() != null) {
            list.setSubjectPrefix(s.subjectPrefix());
        }
        if (s.members() != null) {
            List<EmailAddress> members = new ArrayList<>();
            for (String m : s.members()) {
                members.add(member(m));
            }
            list.setMembers(members);
        }
        if (s.moderators() != null) {
            list.setModerators(s.moderators().stream().map(EmailAddress::parse).toList());
        }
    }

    /**
     * An outside address, or a local one that takes mail: a member in a local domain that is no
     * account, alias or list would make every post fail for it.
     */
    private EmailAddress member(String address) {
        if (address == null) {
            throw new InvalidAddressException("a member address is missing");
        }
        EmailAddress parsed = EmailAddress.parse(address);
        RecipientStatus status = directory.statusOf(directory.canonical(parsed.toString()));
        if (status == RecipientStatus.UNKNOWN || status == RecipientStatus.DISABLED) {
            throw new InvalidAddressException("unknown member " + parsed + ": no account, alias or list takes its mail");
        }
        return EmailAddress.parse(directory.canonical(parsed.toString()));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        }
    }

    private ListView audited(String action, MailingList list, ListView before) {
        ListView after = view(list);
        audit.record(action, after.address(), list.domain().name(), Changes.between(before, after));
        return after;
    }

    private MailingList find(String address) {
        String canonical = EmailAddress.parse(address).toString();
        return lists.byAddress(canonical).orElseThrow(() -> new NotFoundException("no list " + canonical));
    }

    private HeldPost findHeld(String address, long id) {
        MailingList list = find(address);
        return held.byId(id).filter(p -> p.list().id().equals(list.id()))
                .orElseThrow(() -> new NotFoundException("no held post " + id + " for list " + list.address()));
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private ListView view(MailingList l) {
        return new ListView(l.address(), l.name(), l.description(), l.postingPolicy().name(), l.refuseOthers(),
                l.replyTo().name(), l.subjectPrefix(), l.members().stream().sorted().toList(),
                l.moderators().stream().sorted().toList(), held.heldFor(l).size());
    }

    private static HeldPostView view(HeldPost p) {
        return new HeldPostView(p.id(), p.list().address(), p.sender(), p.subject(), p.size(), p.heldAt());
    }
}
